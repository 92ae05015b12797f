package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.support.DemoUsers;
import org.trio.support.TestOrganisations;

/** The REST API with keys of a CFA of its own: records pushed, statuses and figures read, errors, limits, docs. */
@TrioIntegrationTest
class ApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    CfaInfo cfa;
    CurrentUser director;

    @BeforeEach
    void aCfaOfItsOwn() {
        cfa = referential.cfa(TestOrganisations.aNewCfa(referential)).orElseThrow();
        director = new CurrentUser(
                -1, "direction-api@test.trio", "Direction", Role.CFA_DIRECTOR, cfa.networkId(), cfa.id(), null, null);
    }

    private String key(ApiScope... scopes) {
        return keys.create(director, cfa.networkId(), cfa.id(), "Logiciel de gestion", Set.of(scopes))
                .secret();
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String key)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key))
                .andReturn()
                .getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String json(Map<TdbColumn, String> row) {
        return row.entrySet().stream()
                .map(e -> ApiSecurity.Problems.json(e.getKey().fieldName()) + ":"
                        + ApiSecurity.Problems.json(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private Map<TdbColumn, String> record(String lastName) {
        return TdbFiles.row(cfa.uai(), cfa.siret(), lastName, "Api", "2007-09-09");
    }

    @Test
    void createsKeysShownOnceKeepsOnlyTheirDigestAndRevokesThem() {
        ApiKeys.Created created =
                keys.create(director, cfa.networkId(), cfa.id(), "Import nocturne", Set.of(ApiScope.STATUSES_READ));

        assertThat(created.secret()).startsWith("trio_" + created.key().prefix() + "_");
        String secret = created.secret().substring(("trio_" + created.key().prefix() + "_").length());
        assertThat(jdbc.sql("select secret_hash from exchange.api_key where id = ?")
                        .param(created.key().id())
                        .query(String.class)
                        .single())
                .isEqualTo(ApiKeys.digest(secret))
                .doesNotContain(secret);
        assertThat(keys.authenticate(created.secret())).hasValueSatisfying(key -> {
            assertThat(key.id()).isEqualTo(created.key().id());
            assertThat(key.scopes()).containsExactly(ApiScope.STATUSES_READ);
        });
        assertThat(keys.authenticate(created.secret() + "x")).isEmpty();

        keys.revoke(director, created.key().id());

        assertThat(keys.authenticate(created.secret())).isEmpty();
        assertThat(jdbc.sql("select action || ' ' || details from access.audit_event where details like ? order by id")
                        .param("%(" + created.key().prefix() + ")%")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "API_KEY_CREATED Clé d'API « Import nocturne » ("
                                + created.key().prefix() + ") créée, portées : statuses:read, pour le CFA " + cfa.id(),
                        "API_KEY_REVOKED Clé d'API « Import nocturne » ("
                                + created.key().prefix() + ") révoquée");
    }

    @Test
    void refusesRequestsWithoutAValidKeyWithProblemDetailsInFrench() throws Exception {
        MockHttpServletResponse none =
                mvc.perform(get("/api/v1/figures/headcounts")).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/problem+json");
        assertThat(none.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(JsonPath.<String>read(body(none), "$.detail")).startsWith("Envoyez votre clé d'API");

        MockHttpServletResponse wrong = call(get("/api/v1/figures/headcounts"), "trio_inconnue_secret");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(JsonPath.<String>read(body(wrong), "$.title")).isEqualTo("Clé d'API invalide");

        MockHttpServletResponse session = mvc.perform(get("/api/v1/figures/headcounts")
                        .with(user(users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR)))))
                .andReturn()
                .getResponse();
        assertThat(session.getStatus())
                .as("a page session does not open the API")
                .isEqualTo(401);

        MockHttpServletResponse outOfScope = call(
                post("/api/v1/apprentices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                key(ApiScope.STATUSES_READ));
        assertThat(outOfScope.getStatus()).isEqualTo(403);
        assertThat(outOfScope.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(body(outOfScope), "$.detail"))
                .isEqualTo("Cette clé d'API n'a pas la portée « apprentices:write » ; demandez une clé qui l'a.");

        MockHttpServletResponse badDate =
                call(get("/api/v1/figures/headcounts").param("date", "31/12/2025"), key(ApiScope.FIGURES_READ));
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(body(badDate), "$.detail"))
                .isEqualTo("Le paramètre « date » a une valeur incorrecte : « 31/12/2025 » (date attendue :"
                        + " AAAA-MM-JJ).");
    }

    @Test
    void pushesApprenticeRecordsThroughTheImportChecksAndUpdatesInsteadOfDuplicating() throws Exception {
        String key = key(ApiScope.APPRENTICES_WRITE, ApiScope.STATUSES_READ);
        Map<TdbColumn, String> row = record("Pousse");

        MockHttpServletResponse created = call(
                post("/api/v1/apprentices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(row)),
                key);

        assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
        long id = JsonPath.<Number>read(body(created), "$.apprenticeId").longValue();
        assertThat(JsonPath.<String>read(body(created), "$.change")).isEqualTo("new");
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/apprentices/" + id + "/status");
        assertThat(referential.apprentice(id))
                .hasValueSatisfying(a -> assertThat(a.cfaId()).isEqualTo(cfa.id()));

        MockHttpServletResponse same = call(
                post("/api/v1/apprentices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(row)),
                key);
        assertThat(same.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(body(same), "$.change")).isEqualTo("unchanged");
        assertThat(JsonPath.<Number>read(body(same), "$.apprenticeId").longValue())
                .isEqualTo(id);

        row.put(TdbColumn.ADDRESS, "8 rue du Port");
        MockHttpServletResponse updated = call(
                post("/api/v1/apprentices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(row)),
                key);
        assertThat(JsonPath.<String>read(body(updated), "$.change")).isEqualTo("updated");
        assertThat(referential.apprentice(id).orElseThrow().address()).isEqualTo("8 rue du Port");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'IMPORT_TDB' and details like ?")
                        .param("%par clé d'API%")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);

        row.put(TdbColumn.CONTRACT_1_END, "31/02/2027");
        MockHttpServletResponse refused = call(
                post("/api/v1/apprentices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(row)),
                key);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(body(refused), "$.errors[0].field")).isEqualTo("contrat_date_fin");
        assertThat(JsonPath.<String>read(body(refused), "$.errors[0].column")).isEqualTo("AR");
        assertThat(JsonPath.<String>read(body(refused), "$.detail"))
                .isEqualTo("La fiche a une erreur : contrat_date_fin : format incorrect, attendu : une date valide au"
                        + " format AAAA-MM-JJ, JJ/MM/AAAA ou une date Excel.");

        MockHttpServletResponse unknown = call(
                post("/api/v1/apprentices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nom\":\"X\"}"),
                key);
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(body(unknown), "$.detail")).startsWith("Champs absents du format");

        MockHttpServletResponse status =
                call(get("/api/v1/apprentices/" + id + "/status").param("date", "2025-12-01"), key);
        assertThat(status.getStatus()).as(body(status)).isEqualTo(200);
        assertThat(JsonPath.<String>read(body(status), "$.status")).isEqualTo("APPRENTI");
        assertThat(JsonPath.<String>read(body(status), "$.since")).isEqualTo("2025-09-08");

        MockHttpServletResponse all = call(get("/api/v1/statuses").param("date", "2025-12-01"), key);
        assertThat(JsonPath.<List<Object>>read(body(all), "$[*].apprenticeId")).hasSize(1);
        assertThat(JsonPath.<String>read(body(all), "$[0].lastName")).isEqualTo("Pousse");

        long other = referential.apprenticesOfNetwork(cfa.networkId()).stream()
                .filter(a -> a.cfaId() != cfa.id())
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(call(get("/api/v1/apprentices/" + other + "/status"), key).getStatus())
                .as("an apprentice of another CFA")
                .isEqualTo(404);
    }

    @Test
    void readsHeadcountsAndRuptureFiguresOfTheKeysCfa() throws Exception {
        String writer = key(ApiScope.APPRENTICES_WRITE);
        Map<TdbColumn, String> broken = record("Rompu");
        broken.put(TdbColumn.CONTRACT_1_RUPTURE, "2025-10-20");
        broken.put(TdbColumn.CONTRACT_1_CAUSE, "Déménagement");
        for (Map<TdbColumn, String> row : List.of(record("Reste"), broken)) {
            assertThat(call(
                                    post("/api/v1/apprentices")
                                            .contentType(MediaType.APPLICATION_JSON)
                                            .content(json(row)),
                                    writer)
                            .getStatus())
                    .isEqualTo(201);
        }
        String reader = key(ApiScope.FIGURES_READ);

        MockHttpServletResponse headcounts =
                call(get("/api/v1/figures/headcounts").param("date", "2025-12-01"), reader);
        assertThat(headcounts.getStatus()).as(body(headcounts)).isEqualTo(200);
        assertThat(JsonPath.<Number>read(body(headcounts), "$.apprentis").longValue())
                .isEqualTo(1);
        assertThat(JsonPath.<Number>read(body(headcounts), "$.rupturants").longValue())
                .isEqualTo(1);
        assertThat(JsonPath.<Number>read(body(headcounts), "$.apprenants").longValue())
                .isEqualTo(2);
        assertThat(JsonPath.<Number>read(body(headcounts), "$.parStatut.APPRENTI")
                        .longValue())
                .isEqualTo(1);

        MockHttpServletResponse ruptures = call(
                get("/api/v1/figures/ruptures").param("year", "2025").param("referenceDate", "2025-12-01"), reader);
        assertThat(ruptures.getStatus()).as(body(ruptures)).isEqualTo(200);
        assertThat(JsonPath.<String>read(body(ruptures), "$.anneeScolaire")).isEqualTo("2025-2026");
        assertThat(JsonPath.<Number>read(body(ruptures), "$.rupturesNettes").longValue())
                .isEqualTo(1);
        assertThat(JsonPath.<Number>read(body(ruptures), "$.inscritsActifs").longValue())
                .isEqualTo(1);
        assertThat(JsonPath.<Number>read(body(ruptures), "$.taux").doubleValue())
                .isEqualTo(0.5);
        assertThat(JsonPath.<Number>read(body(ruptures), "$.parPeriode.periodeEssai")
                        .longValue())
                .as("broken six weeks after its start")
                .isEqualTo(1);
        assertThat(JsonPath.<Number>read(body(ruptures), "$.parPeriode.intermediaire")
                        .longValue())
                .isZero();
    }

    @Test
    void importsAFileInTheBackgroundAndReportsItsState() throws Exception {
        String key = key(ApiScope.APPRENTICES_WRITE);
        byte[] file = TdbFiles.csv(List.of(record("Fichier"), record("Lot")));

        MockHttpServletResponse started = call(
                multipart("/api/v1/imports").file(new MockMultipartFile("file", "lot.csv", "text/csv", file)), key);

        assertThat(started.getStatus()).as(body(started)).isEqualTo(202);
        String location = started.getHeader("Location");
        assertThat(location).matches("/api/v1/imports/\\d+");
        String state = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            state = JsonPath.read(body(call(get(location), key)), "$.state");
            if (state.equals("DONE") || state.equals("REFUSED") || state.equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(state).isEqualTo("DONE");
        String done = body(call(get(location), key));
        assertThat(JsonPath.<Integer>read(done, "$.rowsNew")).isEqualTo(2);
        assertThat(referential.apprenticesOfNetwork(cfa.networkId()))
                .filteredOn(a -> a.lastName().equals("Lot"))
                .singleElement()
                .satisfies(a -> assertThat(a.cfaId()).isEqualTo(cfa.id()));

        MockHttpServletResponse raw = call(
                post("/api/v1/imports")
                        .param("fileName", "faux.csv")
                        .contentType("text/csv")
                        .content("ceci n'est pas le modèle;du tout\n1;2\n"),
                key);
        assertThat(raw.getStatus()).isEqualTo(202);
        String refused = raw.getHeader("Location");
        deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && !JsonPath.<String>read(body(call(get(refused), key)), "$.state")
                        .equals("REFUSED")) {
            Thread.sleep(100);
        }
        String answer = body(call(get(refused), key));
        assertThat(JsonPath.<String>read(answer, "$.state")).isEqualTo("REFUSED");
        assertThat(JsonPath.<String>read(answer, "$.message")).contains("en-tête");
    }

    @Test
    void answersTooManyRequestsWithRetryAfterOnceTheKeysLimitIsReached() throws Exception {
        String key = key(ApiScope.FIGURES_READ);
        MockHttpServletResponse last = null;
        int accepted = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            last = call(get("/api/v1/figures/headcounts").param("date", "2025-12-01"), key);
            if (last.getStatus() != 200) {
                break;
            }
            accepted++;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1;
        assertThat(accepted)
                .as("a burst of 120, plus what refilled meanwhile (2 a second)")
                .isBetween(120, 120 + (int) (2 * seconds));
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(last.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(last.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(body(last), "$.title")).isEqualTo("Trop de requêtes");
        assertThat(call(get("/api/v1/figures/headcounts"), key(ApiScope.FIGURES_READ))
                        .getStatus())
                .as("another key has its own limit")
                .isEqualTo(200);
    }

    @Test
    void servesItsOpenApiDescriptionAndInteractivePageWithoutLogin() throws Exception {
        MockHttpServletResponse docs =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse();

        assertThat(docs.getStatus()).isEqualTo(200);
        String description = body(docs);
        assertThat(JsonPath.<String>read(description, "$.info.title")).isEqualTo("API Trio");
        assertThat(JsonPath.<Map<String, Object>>read(description, "$.paths"))
                .containsKeys(
                        "/api/v1/apprentices",
                        "/api/v1/imports",
                        "/api/v1/imports/{id}",
                        "/api/v1/apprentices/{id}/status",
                        "/api/v1/statuses",
                        "/api/v1/figures/headcounts",
                        "/api/v1/figures/ruptures");
        assertThat(JsonPath.<List<String>>read(description, "$.components.schemas.FicheApprenti.required"))
                .contains("nom_apprenant", "etablissement_responsable_uai");
        assertThat(JsonPath.<Map<String, Object>>read(description, "$.components.securitySchemes"))
                .containsKeys("bearer", "cle");
        MockHttpServletResponse page =
                mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get(page.getRedirectedUrl()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
