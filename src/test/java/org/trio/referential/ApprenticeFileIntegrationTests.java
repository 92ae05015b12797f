package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.Logins;

/**
 * The apprentice file: the header, the sections each role may see (loaded from their own URLs), the legal
 * representatives of a minor, and the restricted health section whose reads are audited.
 */
@TrioIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprenticeFileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    Clock clock;

    Logins logins;
    long apprentice;

    @BeforeAll
    void registerAMinor() {
        logins = new Logins(users);
        long cfa = jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
        apprentice = referential.registerApprentice(new NewApprentice(
                cfa,
                null,
                "Quéméner",
                null,
                "Maëlys",
                "Anne",
                null,
                LocalDate.now(clock).minusYears(16),
                "29200",
                "29019",
                "Brest",
                "F",
                null,
                "3 rue de Siam",
                "91220",
                "Brétigny-sur-Orge",
                null,
                "0612345678",
                "maelys.quemener@courriel.fr",
                "1"));
    }

    @Test
    void showsTheHeaderAndTheSectionsOfTheUserInOrder() throws Exception {
        String page = page("/apprentices/" + apprentice, Role.SECRETARIAT);

        assertThat(page)
                .contains("Quéméner", "Maëlys", "Mineur", "Apprenti mineur : indiquez au moins un représentant légal.")
                .contains("hx-get=\"/apprentices/" + apprentice + "/sections/identity\"")
                .contains("hx-get=\"/apprentices/" + apprentice + "/sections/legal-representatives\"")
                .doesNotContain("/sections/health");
        assertThat(page.indexOf("/sections/identity")).isLessThan(page.indexOf("/sections/legal-representatives"));
    }

    @Test
    void loadsEachSectionAsAFragmentFromItsOwnUrl() throws Exception {
        String identity = page("/apprentices/" + apprentice + "/sections/identity", Role.SECRETARIAT);

        assertThat(identity)
                .doesNotContain("<html")
                .contains("Maëlys Anne", "Brest (29200)", "Française", "Modifier l'identité");
        assertThat(page("/apprentices/" + apprentice + "/sections/identity", Role.DEPUTY_PEDAGOGY))
                .contains("Maëlys Anne")
                .doesNotContain("Modifier l'identité");
    }

    @Test
    void recordsTheLegalRepresentativesOfAMinor() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/apprentices/" + apprentice + "/legal-representatives/new")
                        .with(csrf())
                        .with(logins.as(Role.SECRETARIAT))
                        .param("rank", "1")
                        .param("lastName", "Quéméner")
                        .param("firstName", "Gwenaëlle")
                        .param("relationship", "Mère")
                        .param("email", "gwenaelle.quemener@courriel.fr")
                        .param("phonePersonal", "06 98 76 54 32")
                        .param("pcs", "54"))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/apprentices/" + apprentice);

        String same =
                HtmlUtils.htmlUnescape(mvc.perform(post("/apprentices/" + apprentice + "/legal-representatives/new")
                                .with(csrf())
                                .with(logins.as(Role.SECRETARIAT))
                                .param("rank", "1")
                                .param("lastName", "Quéméner")
                                .param("firstName", "Yann"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(same).contains("Rang : l'apprenti a déjà un représentant légal de rang 1.");

        assertThat(page("/apprentices/" + apprentice + "/sections/legal-representatives", Role.SECRETARIAT))
                .contains("Gwenaëlle Quéméner", "Mère", "gwenaelle.quemener@courriel.fr", "Rang 1")
                .doesNotContain("Yann");
        assertThat(page("/apprentices/" + apprentice, Role.SECRETARIAT)).doesNotContain("indiquez au moins un");
    }

    @Test
    void showsTheHealthSectionOnlyToTheDisabilityReferentAndAuditsTheRead() throws Exception {
        assertThat(page("/apprentices/" + apprentice, Role.DISABILITY_REFERENT)).contains("/sections/health");
        assertThat(mvc.perform(get("/apprentices/" + apprentice + "/sections/health")
                                .with(logins.as(Role.CFA_DIRECTOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        mvc.perform(post("/apprentices/" + apprentice + "/health/edit")
                .with(csrf())
                .with(logins.as(Role.DISABILITY_REFERENT))
                .param("version", "-1")
                .param("rqth", "true")
                .param("rqthDate", "2025-09-15")
                .param("adjustments", "Tiers temps aux examens"));
        long readsBefore = restrictedReads();
        String health = page("/apprentices/" + apprentice + "/sections/health", Role.DISABILITY_REFERENT);

        assertThat(health).contains("Oui", "15/09/2025", "Tiers temps aux examens");
        assertThat(restrictedReads()).isEqualTo(readsBefore + 1);
        assertThat(jdbc.sql("select details from access.audit_event where entity_type = 'ApprenticeHealth'"
                                + " and apprentice_id = ? order by id desc limit 1")
                        .param(apprentice)
                        .query(String.class)
                        .single())
                .doesNotContain("Tiers temps");
    }

    @Test
    void refusesAStaleChangeWithTheFrenchConflictPageAndSavesNothing() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/apprentices/" + apprentice + "/edit")
                        .with(csrf())
                        .with(logins.as(Role.SECRETARIAT))
                        .param("version", "-5")
                        .param("lastName", "Quéméner")
                        .param("firstName", "Maëlle")
                        .param("sex", "F")
                        .param("birthDate", LocalDate.now(clock).minusYears(16).toString()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString()))
                .contains("Modification concurrente", "vos modifications n'ont pas été enregistrées");
        assertThat(referential.apprentice(apprentice).orElseThrow().firstName()).isEqualTo("Maëlys");
    }

    private long restrictedReads() {
        return jdbc.sql(
                        "select count(*) from access.audit_event where action = 'READ_RESTRICTED' and apprentice_id = ?")
                .param(apprentice)
                .query(Long.class)
                .single();
    }

    private String page(String path, Role role) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(logins.as(role))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + role).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }
}
