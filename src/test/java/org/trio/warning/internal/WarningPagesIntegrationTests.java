package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/** The early warning's pages as each role sees them, on the demo network. */
@TrioIntegrationTest
class WarningPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WarningManagement warning;

    @Autowired
    Clock clock;

    @Test
    void showsTheCjeTheCallsOfTheWeekOnTheHomePageAndTheList() throws Exception {
        String home = page(get("/"), "cje@demo.trio");
        assertThat(home)
                .contains("Appels aux entreprises")
                .containsPattern("appels? (à passer cette semaine|en retard)");
        String calls = page(get("/warning/calls?period=LATE"), "cje@demo.trio");
        assertThat(calls).contains("Appels en retard").contains("Noter l&#39;appel");
    }

    @Test
    void drawsTheDirectionsDashboardAndExportsItsLists() throws Exception {
        String dashboard = page(get("/warning/dashboard"), "direction@demo.trio");
        assertThat(dashboard)
                .contains("situations ouvertes")
                .contains("data-trio-chart=\"bar\"")
                .contains("Plus de 2 mois");
        MockHttpServletResponse xlsx = download(get("/warning/dashboard?format=xlsx"), "direction@demo.trio");
        assertThat(xlsx.getContentType()).contains("spreadsheetml");
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        MockHttpServletResponse csv = download(get("/warning/dashboard?format=csv&list=late"), "direction@demo.trio");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Responsable");
    }

    @Test
    void printsTheSituationPointAsATaggedPdf() throws Exception {
        MockHttpServletResponse pdf = response(get("/warning/point/pdf"), "adcp@demo.trio");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(page(get("/warning/point"), "secretariat@demo.trio"))
                .contains("Point de situation du")
                .contains("data-trio-print");
    }

    @Test
    void countsTheSocialFactorOnlyForTheRolesThatReadSocialData() throws Exception {
        long apprentice = jdbc.sql("""
                        select min(r.apprentice_id) from warning.risk_score r
                        where r.cfa_id = (select cfa_id from access.account where username = 'direction@demo.trio')
                          and r.social_points = 0
                          and not exists (select 1 from warning.situation s where s.apprentice_id = r.apprentice_id)
                        """).query(Long.class).single();
        warning.raiseSignal(new NewSignal(
                apprentice,
                SignalCategory.SOCIAL,
                SignalOrigin.APPRENTICE,
                "Doit quitter son logement à la fin du mois",
                null,
                null,
                null,
                LocalDate.now(clock),
                null,
                "Apprenti",
                null));

        String asAse = page(get("/warning/risk/" + apprentice), "ase@demo.trio");
        String asAdcp = page(get("/warning/risk/" + apprentice), "adcp@demo.trio");

        assertThat(asAse).contains("Situation sociale signalée");
        assertThat(asAdcp).doesNotContain("Situation sociale signalée");
        assertThat(scoreShown(asAse) - scoreShown(asAdcp)).isEqualTo(15);
    }

    @Test
    void letsTheApprenticeAndTheMaitreRaiseASignalThroughTheFormTheLivretLinksTo() throws Exception {
        long apprentice = jdbc.sql("select person_id from access.account where username = 'apprenti@demo.trio'")
                .query(Long.class)
                .single();
        String path = "/warning/apprentices/" + apprentice + "/signals/new";
        LocalDate today = LocalDate.now(clock);
        for (String username : java.util.List.of("apprenti@demo.trio", "maitre@demo.trio")) {
            CurrentUser user = ((TrioUserDetails) users.loadUserByUsername(username)).user();
            String summary = "Ça se passe mal avec l'équipe (" + user.role() + ")";
            assertThat(page(get(path), username)).contains("Concernant ");

            MockHttpServletResponse sent = response(
                    post(path)
                            .with(csrf())
                            .param("category", "COMPANY_CONFLICT")
                            .param("summary", summary)
                            .param("detail", "Des remarques tous les jours depuis la rentrée.")
                            .param("observedOn", today.toString()),
                    username);

            assertThat(sent.getRedirectedUrl()).isEqualTo("/warning/signals/sent");
            java.util.Map<String, Object> signal = jdbc.sql(
                            "select * from warning.signal where apprentice_id = ?" + " and summary = ?")
                    .params(apprentice, summary)
                    .query()
                    .singleRow();
            assertThat(signal)
                    .containsEntry("origin", user.role() == Role.APPRENTICE ? "APPRENTICE" : "MENTOR")
                    .containsEntry("category", "COMPANY_CONFLICT")
                    .containsEntry("raised_by", user.displayName())
                    .containsEntry("raised_by_staff_id", null)
                    .containsEntry(
                            "situation_id",
                            warning.openSituationOf(apprentice).orElseThrow().id());
        }
        assertThat(page(
                        post(path)
                                .with(csrf())
                                .param("category", "NO_CONTRACT")
                                .param("summary", "Pas de contrat")
                                .param("observedOn", today.toString()),
                        "apprenti@demo.trio"))
                .as("the categories of Trio's own rules are not for people")
                .contains("Sujet : choisissez le sujet du signalement.");
    }

    @Test
    void refusesASettingInThePastWithAMessageNamingTheField() throws Exception {
        String answer = page(
                post("/warning/settings/threshold")
                        .with(csrf())
                        .param("kind", "HIGH_RISK_SCORE")
                        .param("value", "45")
                        .param("validFrom", LocalDate.now(clock).minusDays(1).toString()),
                "reseau@demo.trio");
        assertThat(answer)
                .contains("À partir du : une modification prend effet aujourd&#39;hui ou plus tard, jamais dans le"
                        + " passé.");
    }

    /** The score in the badge of the detail page ("Score : <span …>NN</span>"). */
    private static int scoreShown(String html) {
        var matcher = java.util.regex.Pattern.compile("Score :</span>\\s*<span class=\"badge[^>]*>(\\d+)</span>")
                .matcher(html);
        assertThat(matcher.find()).as("score badge").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = response(request, username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** A file streamed by the exports (an asynchronous answer, dispatched again to get its content). */
    private MockHttpServletResponse download(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult started = mvc.perform(request.with(user(users.loadUserByUsername(username))))
                .andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
    }
}
