package org.trio.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.PeriodKind;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.visit.OverdueVisit;
import org.trio.visit.VisitManagement;

/**
 * What each person sees at a glance on their home page, checked against the calendars, livrets and visits of the demo
 * network: the apprentice their next week at the CFA and their next visit, the maître when each of their own
 * apprentices is next at the CFA (not another maître's apprentices) and what they have not read in each livret, the
 * CFA's staff the oldest overdue visits.
 */
@TrioIntegrationTest
class HomePanelsIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    ContractManagement contracts;

    @Autowired
    VisitManagement visits;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    Clock clock;

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long person(String username) {
        return jdbc.sql("select person_id from access.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private String nextCfaWeek(long contractId, LocalDate today) {
        AlternancePeriod next = calendars.contractCalendar(contractId).stream()
                .filter(period ->
                        period.kind() == PeriodKind.CFA && !period.end().isBefore(today))
                .findFirst()
                .orElseThrow();
        return "Au CFA du " + DAY.format(next.start()) + " au " + DAY.format(next.end());
    }

    /** As Thymeleaf escapes text: markup characters only, accented letters as they are. */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private String name(long apprenticeId) {
        return escape(referential.apprentice(apprenticeId).orElseThrow().fullName());
    }

    @Test
    void showsTheApprenticeWhereTheyAreTheirNextWeekAtTheCfaAndTheirNextVisit() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long apprentice = person("apprenti@demo.trio");
        ContractInfo contract = contracts.contractInForce(apprentice, today).orElseThrow();
        LocalDate nextVisit = jdbc.sql("select min(planned_on) from visit.visit where apprentice_id = ? and status ="
                        + " 'PLANNED' and planned_on >= ?")
                .params(apprentice, today)
                .query(LocalDate.class)
                .single();

        String page = home("apprenti@demo.trio");

        assertThat(page)
                .contains("Mon alternance")
                .contains("Aujourd&#39;hui : ")
                .contains(nextCfaWeek(contract.id(), today))
                .contains("href=\"/calendar/contracts/" + contract.id() + "\"")
                .contains("Prochaines visites en entreprise")
                .contains("Le " + DAY.format(nextVisit))
                .doesNotContain("Toutes les visites en retard");
    }

    @Test
    void showsTheMaitreTheNextWeekAtTheCfaOfTheirOwnApprenticesOnly() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long maitre = person("maitre@demo.trio");
        List<ContractInfo> own = contracts.contractsOfMentorInForce(maitre, today);
        assertThat(own).isNotEmpty();
        ContractInfo first = own.stream()
                .min(java.util.Comparator.comparing(ContractInfo::startDate).thenComparing(ContractInfo::id))
                .orElseThrow();
        long otherApprentice = jdbc.sql("select min(c.apprentice_id) from contract.apprenticeship_contract c where"
                        + " c.mentor1_id <> ? and (c.mentor2_id is null or c.mentor2_id <> ?) and c.start_date <= ?"
                        + " and c.end_date > ? and c.rupture_date is null and not exists (select 1 from"
                        + " contract.apprenticeship_contract o where o.apprentice_id = c.apprentice_id and"
                        + " (o.mentor1_id = ? or o.mentor2_id = ?))")
                .params(maitre, maitre, today, today, maitre, maitre)
                .query(Long.class)
                .single();

        String page = home("maitre@demo.trio");

        assertThat(page)
                .contains("Mon alternance")
                .contains(name(first.apprenticeId()))
                .contains(nextCfaWeek(first.id(), today))
                .contains("Prochaines visites en entreprise")
                .doesNotContain(name(otherApprentice))
                .doesNotContain("Toutes les visites en retard");
    }

    @Test
    void countsTheContributionsTheMaitreHasNotReadInEachLivretUntilTheyOpenIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long apprentice = person("apprenti@demo.trio");
        ContractInfo contract = contracts.contractInForce(apprentice, today).orElseThrow();
        assertThat(contract.mentor1Id()).isEqualTo(person("maitre@demo.trio"));
        String line = name(apprentice) + " · ";
        mvc.perform(
                get("/booklet/contracts/" + contract.id()).with(user(users.loadUserByUsername("maitre@demo.trio"))));
        assertThat(home("maitre@demo.trio"))
                .contains("Livrets de mes apprentis")
                .contains(line + "Tout est lu");

        for (String note : List.of("Je serai absent lundi matin.", "Le chantier de l'école a commencé.")) {
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                    "/booklet/contracts/" + contract.id() + "/notes")
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf())
                            .with(user(users.loadUserByUsername("apprenti@demo.trio")))
                            .param("body", note));
        }
        String author = jdbc.sql("select display_name from access.account where username = 'apprenti@demo.trio'")
                .query(String.class)
                .single();

        assertThat(home("maitre@demo.trio"))
                .contains(line + "2 contributions non lues")
                .contains("Dernière contribution : " + escape(author) + ", le " + DAY.format(today));
        // her own notes are nothing new to the apprentice
        assertThat(home("apprenti@demo.trio"))
                .contains("Mon livret d&#39;apprentissage")
                .contains("Dernière contribution : " + escape(author) + ", le " + DAY.format(today));

        mvc.perform(
                get("/booklet/contracts/" + contract.id()).with(user(users.loadUserByUsername("maitre@demo.trio"))));
        assertThat(home("maitre@demo.trio")).contains(line + "Tout est lu");
    }

    @Test
    void showsThePlacementAdvisorTheOldestOverdueVisitsOfTheirCfa() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long cfa = jdbc.sql("select cfa_id from access.account where username = 'cje@demo.trio'")
                .query(Long.class)
                .single();
        List<OverdueVisit> overdue = visits.overdueVisits(cfa, today);
        assertThat(overdue).isNotEmpty();
        OverdueVisit oldest = overdue.get(0);

        String page = home("cje@demo.trio");

        assertThat(page)
                .contains("Visites en retard")
                .contains("href=\"/visits/contracts/" + oldest.contractId() + "\"")
                .contains(name(oldest.apprenticeId()))
                .contains(escape(oldest.label()) + " : fenêtre close le " + DAY.format(oldest.windowEnd()))
                .contains("Toutes les visites en retard")
                .doesNotContain("Mon alternance");
    }
}
