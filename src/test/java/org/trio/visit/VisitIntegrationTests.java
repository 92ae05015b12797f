package org.trio.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

@TrioIntegrationTest
class VisitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitManagement visits;

    @Autowired
    ContractManagement contracts;

    private UserDetails account(String username) {
        return users.loadUserByUsername(username);
    }

    /** A contract of the first CFA started more than a year ago and still running, without visit for its start. */
    private ContractInfo oldContractWithoutVisits() {
        long id = jdbc.sql("""
                        select min(c.id) from contract.apprenticeship_contract c
                        join contract.enrolment e on e.id = c.enrolment_id
                        where e.cfa_id = (select cfa_id from access.account where username = 'direction@demo.trio')
                          and c.start_date < current_date - 400 and c.end_date > current_date + 30
                          and c.rupture_date is null
                          and not exists (select 1 from visit.visit v where v.contract_id = c.id and v.rule_code = 'START')
                        """).query(Long.class).single();
        return contracts.contract(id).orElseThrow();
    }

    @Test
    void showsTheMaitreTheVisitsOfTheirContractInTheApprenticeFileWhateverTheMaitresId() throws Exception {
        record Followed(long contract, long apprentice, long mentor) {}
        Followed followed = jdbc.sql("select id as contract, apprentice_id as apprentice, mentor1_id as mentor"
                        + " from contract.apprenticeship_contract where mentor1_id > 127 and rupture_date is null"
                        + " and start_date <= current_date and end_date > current_date order by id limit 1")
                .query(Followed.class)
                .single();
        UserDetails maitre = new TrioUserDetails(
                new CurrentUser(
                        -1,
                        "maitre-visites@test.trio",
                        "Maître d'essai",
                        Role.MENTOR,
                        null,
                        null,
                        null,
                        followed.mentor()),
                "",
                true,
                false);

        String section = mvc.perform(get("/visits/apprentices/" + followed.apprentice() + "/section")
                        .with(user(maitre)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(section).contains("href=\"/visits/contracts/" + followed.contract() + "\"");
    }

    @Test
    void listsADueVisitAsOverdueTheDayAfterItsWindowClosesUntilItIsDone() throws Exception {
        ContractInfo contract = oldContractWithoutVisits();
        List<DueVisit> due = visits.dueVisits(contract.id());
        DueVisit start = due.stream()
                .filter(visit -> visit.ruleCode().equals("START"))
                .findFirst()
                .orElseThrow();
        assertThat(start.windowEnd()).isEqualTo(contract.startDate().plusMonths(2));

        assertThat(overdueCodes(contract, start.windowEnd())).doesNotContain("START");
        assertThat(overdueCodes(contract, start.windowEnd().plusDays(1))).contains("START");

        // Done late, on the day after the window closed: overdue until that day, no longer after.
        jdbc.sql("insert into visit.visit (contract_id, apprentice_id, cfa_id, rule_code, mode, planned_on,"
                        + " visitor_name, status, done_on, created_at) values (?, ?, (select cfa_id from"
                        + " contract.enrolment where id = ?), 'START', 'ON_SITE', ?, 'Test', 'DONE', ?, now())")
                .params(
                        contract.id(),
                        contract.apprenticeId(),
                        contract.enrolmentId(),
                        start.windowEnd().plusDays(1),
                        start.windowEnd().plusDays(1))
                .update();
        assertThat(overdueCodes(contract, start.windowEnd().plusDays(1))).doesNotContain("START");
        assertThat(overdueCodes(contract, start.windowEnd().plusDays(2))).doesNotContain("START");
    }

    private List<String> overdueCodes(ContractInfo contract, LocalDate asOf) {
        long cfa = jdbc.sql("select cfa_id from contract.enrolment where id = ?")
                .param(contract.enrolmentId())
                .query(Long.class)
                .single();
        return visits.overdueVisits(cfa, asOf).stream()
                .filter(visit -> visit.contractId() == contract.id())
                .map(OverdueVisit::ruleCode)
                .toList();
    }

    @Test
    void followsAVisitFromPlanningToTheClosingOfItsAction() throws Exception {
        long contract = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
        ContractInfo info = contracts.contract(contract).orElseThrow();
        LocalDate day = info.startDate().plusDays(10);
        String scheduled = mvc.perform(post("/visits/contracts/" + contract)
                        .with(csrf())
                        .with(user(account("formateur@demo.trio")))
                        .param("ruleCode", "TRIAL")
                        .param("mode", "ON_SITE")
                        .param("plannedOn", day.toString())
                        .param("plannedTime", "14:30")
                        .param("visitorName", "Formateur de test"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(scheduled).isEqualTo("/visits/contracts/" + contract);
        long visit = jdbc.sql("select max(id) from visit.visit where contract_id = ? and rule_code = 'TRIAL'")
                .param(contract)
                .query(Long.class)
                .single();

        String missing = mvc.perform(post("/visits/" + visit + "/report")
                        .with(csrf())
                        .with(user(account("formateur@demo.trio")))
                        .param("visitedOn", day.toString())
                        .param("riskLevel", "MEDIUM"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing).contains("Intégration dans l&#39;entreprise : ce champ est obligatoire.");

        String badAction = mvc.perform(post("/visits/" + visit + "/report")
                        .with(csrf())
                        .with(user(account("formateur@demo.trio")))
                        .params(report(day))
                        .param("actions[0].description", "Fournir des chaussures de sécurité")
                        .param("actions[0].owner", "EMPLOYER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badAction).contains("Action 1 : indiquez son échéance.");
        assertThat(jdbc.sql("select status from visit.visit where id = ?")
                        .param(visit)
                        .query(String.class)
                        .single())
                .isEqualTo("PLANNED");

        String filed = mvc.perform(post("/visits/" + visit + "/report")
                        .with(csrf())
                        .with(user(account("formateur@demo.trio")))
                        .params(report(day))
                        .param("actions[0].description", "Fournir des chaussures de sécurité")
                        .param("actions[0].owner", "EMPLOYER")
                        .param("actions[0].dueOn", day.plusDays(15).toString()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(filed).startsWith("/visits/reports/");
        long report = Long.parseLong(filed.substring("/visits/reports/".length()));
        assertThat(jdbc.sql("select done_on from visit.visit where id = ? and status = 'DONE'")
                        .param(visit)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(day);
        assertThat(visits.trialPeriodVisitDone(contract, day)).isTrue();
        assertThat(visits.latestRiskLevel(contract)).contains(RiskLevel.MEDIUM);

        MockHttpServletResponse other = mvc.perform(
                        get("/visits/reports/" + report).with(user(account("maitre@demo.trio"))))
                .andReturn()
                .getResponse();
        assertThat(other.getContentAsString()).contains("J&#39;ai pris connaissance du compte rendu");
        mvc.perform(post("/visits/reports/" + report + "/acknowledge")
                .with(csrf())
                .with(user(account("maitre@demo.trio"))));
        assertThat(jdbc.sql("select count(*) from visit.acknowledgement where report_id = ? and role = 'MENTOR'")
                        .param(report)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        long action = jdbc.sql("select id from visit.action where report_id = ?")
                .param(report)
                .query(Long.class)
                .single();
        mvc.perform(post("/visits/actions/" + action + "/close")
                .with(csrf())
                .with(user(account("maitre@demo.trio")))
                .param("note", "Chaussures fournies"));
        assertThat(jdbc.sql("select closing_note from visit.action where id = ? and closed_on is not null")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("Chaussures fournies");

        MockHttpServletResponse pdf = mvc.perform(
                        get("/visits/reports/" + report + "/pdf").with(user(account("apprenti@demo.trio"))))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
    }

    private static org.springframework.util.MultiValueMap<String, String> report(LocalDate day) {
        org.springframework.util.LinkedMultiValueMap<String, String> values =
                new org.springframework.util.LinkedMultiValueMap<>();
        values.add("visitedOn", day.toString());
        values.add("integration", "Bien intégré dans l'équipe de chantier");
        values.add("missions", "Pose de réseaux cuivre et PER (C2.1, C2.2)");
        values.add("means", "Caisse à outils fournie, pas de chaussures de sécurité");
        values.add("relationship", "Bonne entente avec le maître");
        values.add("attendance", "Assidu");
        values.add("riskLevel", "MEDIUM");
        return values;
    }
}
