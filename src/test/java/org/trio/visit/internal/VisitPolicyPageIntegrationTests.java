package org.trio.visit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;
import org.trio.support.TestTrainings;
import org.trio.visit.DueVisit;
import org.trio.visit.VisitManagement;

/**
 * The visit policy page of a CFA of its own: read with the rules shared by every CFA, refused with French errors naming
 * each field at fault (nothing saved), then changed for the CFA and for one programme, which computes again the due
 * visits of the running contracts starting from the chosen date, and leaves a trace of every rule in the audit trail.
 */
@TrioIntegrationTest
class VisitPolicyPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TrainingRecords records;

    @Autowired
    ContractManagement contracts;

    @Autowired
    VisitManagement visits;

    @Autowired
    Clock clock;

    TestTrainings trainings;
    LocalDate today;
    LocalDate validFrom;
    long programme;
    long otherProgramme;
    ContractInfo recent;
    ContractInfo older;
    ContractInfo otherProgrammes;

    @BeforeEach
    void threeRunningContracts() {
        trainings = new TestTrainings(referential, enrolments, records, contracts);
        today = LocalDate.now(clock);
        validFrom = today.minusDays(60);
        int year = SchoolYear.of(today).startYear();
        programme = trainings.twoYearProgrammes().get(0).id();
        otherProgramme = trainings.twoYearProgrammes().get(1).id();
        long cohort = trainings.cohort(programme, year);
        long otherCohort = trainings.cohort(otherProgramme, year);
        recent = contract(programme, cohort, year, today.minusDays(30));
        older = contract(programme, cohort, year, validFrom.minusDays(10));
        otherProgrammes = contract(otherProgramme, otherCohort, year, today.minusDays(20));
    }

    private ContractInfo contract(long programmeId, long cohort, int year, LocalDate start) {
        long apprentice = trainings.apprentice("Politique", null);
        trainings.enrol(apprentice, programmeId, cohort, year);
        ContractInfo contract = trainings.contract(apprentice, programmeId, year, start, start.plusYears(2), null);
        visits.dueVisits(contract.id());
        return contract;
    }

    private UserDetails director() {
        return new TrioUserDetails(
                new CurrentUser(
                        -1,
                        "direction-politique@test.trio",
                        "Directrice d'essai",
                        Role.CFA_DIRECTOR,
                        trainings.network,
                        trainings.cfa,
                        null,
                        null),
                "",
                true,
                false);
    }

    private Map<String, DueVisit> stored(ContractInfo contract) {
        return jdbc
                .sql("select contract_id, rule_code, label, window_start, window_end from visit.due_visit"
                        + " where contract_id = ? order by position")
                .param(contract.id())
                .query(DueVisit.class)
                .list()
                .stream()
                .collect(Collectors.toMap(DueVisit::ruleCode, due -> due));
    }

    private long cfaRules() {
        return jdbc.sql("select count(*) from visit.policy_rule where cfa_id = ?")
                .param(trainings.cfa)
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder rule(
            MockHttpServletRequestBuilder request,
            int i,
            String code,
            String label,
            String from,
            String fromMonths,
            String to,
            String toMonths) {
        String prefix = "rules[" + i + "].";
        return request.param(prefix + "code", code)
                .param(prefix + "label", label)
                .param(prefix + "fromAnchor", from)
                .param(prefix + "fromMonths", fromMonths)
                .param(prefix + "toAnchor", to)
                .param(prefix + "toMonths", toMonths);
    }

    @Test
    void showsTheSharedRulesUntilTheCfaSetsItsOwn() throws Exception {
        String page = mvc.perform(get("/visits/policy").with(user(director())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Règles communes")
                .contains("Visite pendant la période d&#39;essai")
                .contains("de début du contrat +0 mois à fin de la période d&#39;essai +0 mois")
                .contains("name=\"rules[2].code\"")
                .contains("value=\"END\"");
    }

    @Test
    void refusesAWrongPolicyWithAnErrorNamingEachFieldAndSavesNothing() throws Exception {
        Map<String, DueVisit> before = stored(recent);
        MockHttpServletRequestBuilder request =
                post("/visits/policy").with(csrf()).with(user(director())).param("validFrom", validFrom.toString());
        rule(request, 0, "premiere", "Première visite", "START", "0", "START", "3");
        rule(request, 1, "SUIVI", "Suivi", "START", "99", "START", "100");
        rule(request, 2, "FIN", "", "END", "-1", "END", "-2");
        rule(request, 3, "SUIVI", "Deuxième suivi", "TRIAL_END", "0", "", "2");

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String page = response.getContentAsString();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page)
                .contains("Visite 1, code : majuscules, chiffres ou _ seulement")
                .contains("Visite 2, décalage d&#39;ouverture : entre -24 et 48 mois.")
                .contains("Visite 2, décalage de fermeture : entre -24 et 48 mois.")
                .contains("Visite 3, libellé : obligatoire.")
                .contains("Visite 3, décalage de fermeture : la fenêtre se fermerait avant de s&#39;ouvrir.")
                .contains("Visite 4, code : SUIVI est déjà le code d&#39;une autre visite.")
                .contains("Visite 4, fenêtre fermée à : choisissez une date de référence.")
                .contains("id=\"erreurs\"");
        assertThat(cfaRules()).isZero();
        assertThat(stored(recent)).isEqualTo(before);

        String empty = mvc.perform(post("/visits/policy")
                        .with(csrf())
                        .with(user(director()))
                        .param("rules[0].code", "")
                        .param("rules[0].label", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty)
                .contains("La politique compte au moins une visite due.")
                .contains("Contrats commençant à partir du : la date est obligatoire.");
        assertThat(cfaRules()).isZero();
    }

    @Test
    void changesTheCfasPolicyAndThenOneProgrammesAndComputesTheirRunningContractsAgain() throws Exception {
        assertThat(stored(recent)).containsOnlyKeys("TRIAL", "START", "END");
        MockHttpServletRequestBuilder request =
                post("/visits/policy").with(csrf()).with(user(director())).param("validFrom", validFrom.toString());
        rule(request, 0, "START", "Première visite dans les trois mois", "START", "0", "START", "3");
        rule(request, 1, "SUIVI", "Visite de suivi", "START", "6", "START", "8");
        rule(request, 2, "END", "Fin du contrat", "END", "-2", "END", "0");
        rule(request, 3, "", "", "", "", "", "");

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/visits/policy");
        Map<String, DueVisit> recentDue = stored(recent);
        assertThat(recentDue).containsOnlyKeys("START", "SUIVI", "END");
        assertThat(recentDue.get("START").windowEnd())
                .isEqualTo(recent.startDate().plusMonths(3));
        assertThat(recentDue.get("SUIVI").windowStart())
                .isEqualTo(recent.startDate().plusMonths(6));
        assertThat(stored(otherProgrammes)).containsOnlyKeys("START", "SUIVI", "END");
        // started before the date chosen: still under the shared rules
        assertThat(stored(older)).containsOnlyKeys("TRIAL", "START", "END");
        assertThat(stored(older).get("START").windowEnd())
                .isEqualTo(older.startDate().plusMonths(2));
        assertThat(cfaRules()).isEqualTo(3);
        List<String> traced = jdbc.sql("select a.details from access.audit_event a join visit.policy_rule r on"
                        + " a.entity_id = r.id::text where a.entity_type = 'visit.policy_rule' and r.cfa_id = ?"
                        + " and a.action = 'CREATE'")
                .param(trainings.cfa)
                .query(String.class)
                .list();
        assertThat(traced).hasSize(3).anyMatch(details -> details.contains("SUIVI"));
        String page = mvc.perform(get("/visits/policy").with(user(director())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Règles du CFA, toutes formations.").contains("Visite de suivi");

        // the other programme gets a policy of its own; the CFA's rules go on for the first one
        MockHttpServletRequestBuilder forProgramme = post("/visits/policy")
                .with(csrf())
                .with(user(director()))
                .param("programmeId", Long.toString(otherProgramme))
                .param("validFrom", validFrom.toString());
        rule(forProgramme, 0, "TRIAL", "Pendant l'essai", "START", "0", "TRIAL_END", "0");
        assertThat(mvc.perform(forProgramme).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/visits/policy?programme=" + otherProgramme);
        assertThat(stored(otherProgrammes)).containsOnlyKeys("TRIAL");
        assertThat(stored(recent)).containsOnlyKeys("START", "SUIVI", "END");

        // the same scope cannot be replaced from the same date again: the rules in force since then stay
        MockHttpServletRequestBuilder again = post("/visits/policy")
                .with(csrf())
                .with(user(director()))
                .param("programmeId", Long.toString(otherProgramme))
                .param("validFrom", validFrom.toString());
        rule(again, 0, "START", "Au début", "START", "0", "START", "1");
        assertThat(mvc.perform(again).andReturn().getResponse().getContentAsString())
                .contains("les règles de ce périmètre s&#39;appliquent depuis le");
        assertThat(stored(otherProgrammes)).containsOnlyKeys("TRIAL");

        // a later date closes the programme's rules the day before
        MockHttpServletRequestBuilder later = post("/visits/policy")
                .with(csrf())
                .with(user(director()))
                .param("programmeId", Long.toString(otherProgramme))
                .param("validFrom", today.toString());
        rule(later, 0, "START", "Au début", "START", "0", "START", "1");
        assertThat(mvc.perform(later).andReturn().getResponse().getRedirectedUrl())
                .isNotNull();
        assertThat(jdbc.sql("select valid_to from visit.policy_rule where cfa_id = ? and programme_id = ? and code ="
                                + " 'TRIAL'")
                        .params(trainings.cfa, otherProgramme)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today.minusDays(1));
        // the contract started before today keeps the rules valid on its start
        assertThat(stored(otherProgrammes)).containsOnlyKeys("TRIAL");
    }
}
