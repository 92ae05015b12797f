package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.contract.ContractFigures;
import org.trio.contract.ContractFigures.RuptureFollowUp;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.contract.TrainingRecords;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestTrainings;

/**
 * What the CFA did about ruptures, on a CFA of its own: two ruptures recorded in Trio (15 November 2024 and 20 January
 * 2025, motives validated, each opening six months of support), one imported from the national file (14 February 2025,
 * no validated motive), one administrative closure (not a rupture nette). Three support actions, one reorientation, one
 * former employer followed up.
 */
@TrioIntegrationTest
class RuptureFollowUpIntegrationTests {

    static final LocalDate START = LocalDate.of(2024, 9, 2);
    static final LocalDate END = LocalDate.of(2026, 8, 31);
    static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TrainingRecords records;

    @Autowired
    ContractManagement contractManagement;

    @Autowired
    ContractFixtures fixtures;

    @Autowired
    ContractService contracts;

    @Autowired
    RuptureService ruptures;

    @Autowired
    ContinuationService continuations;

    @Autowired
    ContractFigures figures;

    @Autowired
    List<EvidenceProvider> evidenceProviders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    TestTrainings trainings;

    @BeforeEach
    void rupturesOfACfaOfItsOwn() {
        trainings = new TestTrainings(referential, enrolments, records, contractManagement);
        long programme = trainings.twoYearProgrammes().get(0).id();
        long cohort = trainings.cohort(programme, 2024);
        long first = broken(programme, cohort, LocalDate.of(2024, 11, 15), null);
        long second = broken(programme, cohort, LocalDate.of(2025, 1, 20), null);
        broken(programme, cohort, LocalDate.of(2025, 3, 3), "DATA_CORRECTION");
        long imported = trainings.apprentice("Import", null);
        trainings.enrol(imported, programme, cohort, 2024);
        trainings.contract(imported, programme, 2024, START, END, LocalDate.of(2025, 2, 14));

        long firstSupport = continuation(first);
        long secondSupport = continuation(second);
        continuations.addAction(
                firstSupport, new SupportActionForm(LocalDate.of(2024, 12, 1), SupportAction.Kind.CV, null, null));
        continuations.addAction(
                firstSupport,
                new SupportActionForm(LocalDate.of(2025, 1, 10), SupportAction.Kind.WORKSHOP, null, null));
        continuations.addAction(
                secondSupport,
                new SupportActionForm(LocalDate.of(2025, 2, 1), SupportAction.Kind.INTERVIEW, null, null));
        continuations.conclude(
                firstSupport, new OutcomeForm(Continuation.Outcome.REORIENTATION, LocalDate.of(2025, 3, 1)));
        // the employer follow-up takes today's date: put it where the test needs it
        continuations.followEmployer(secondSupport, new EmployerFollowUpForm("Accueil à revoir", "NO"));
        jdbc.sql("update contract.continuation set employer_followed_on = ? where id = ?")
                .params(LocalDate.of(2025, 2, 10), secondSupport)
                .update();
    }

    @Test
    void countsTheRupturesNettesAndTheSixMonthsAfterOfTheTwelveMonths() {
        RuptureFollowUp followUp = figures.ruptureFollowUp(trainings.cfa, REFERENCE.minusMonths(12), REFERENCE);

        assertThat(followUp)
                .isEqualTo(
                        new RuptureFollowUp(3, 2, LocalDate.of(2025, 2, 14), 2, 3, 1, 0, 1, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void leavesOutWhatHappenedOutsideThePeriod() {
        RuptureFollowUp followUp =
                figures.ruptureFollowUp(trainings.cfa, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 5));

        // the second rupture only; both six months are running; the actions before the period are left out
        assertThat(followUp.ruptures()).isEqualTo(1);
        assertThat(followUp.continuations()).isEqualTo(2);
        assertThat(followUp.supportActions()).isEqualTo(1);
        assertThat(followUp.outcomes()).isZero();
        assertThat(followUp.lastActivity()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void provesIndicatorTwelveWithTheRuptureAnalysisAndTheSixMonthsAfter() throws Exception {
        List<QualiopiEvidence> twelve = evidenceProviders.stream()
                .flatMap(provider -> provider.evidenceFor(trainings.cfa, REFERENCE).stream())
                .filter(item -> item.indicator() == 12)
                .toList();

        assertThat(twelve)
                .extracting(QualiopiEvidence::title, QualiopiEvidence::date, QualiopiEvidence::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Analyse des ruptures : 3 rupture(s) sur 12 mois, dont 2 au motif validé par le CFA",
                                LocalDate.of(2025, 2, 14),
                                "/ruptures/analysis"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Six mois après la rupture : 2 rupturant(s) accompagné(s), 3 action(s) de recherche"
                                        + " d'employeur",
                                LocalDate.of(2025, 3, 1),
                                "/continuations"));
        assertThat(twelve)
                .extracting(QualiopiEvidence::description)
                .contains("1 issue(s) enregistrée(s), dont 0 nouveau(x) contrat(s) ; 1 ancien(s) employeur(s)"
                        + " recontacté(s).");
        String readiness = mvc.perform(get("/quality/qualiopi")
                        .param("cfa", Long.toString(trainings.cfa))
                        .param("reference", REFERENCE.toString())
                        .param("status", "PRESENT")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(readiness).contains("data-indicator=\"12\"");
    }

    /** A contract with a company of its own (a maître follows few apprentices), broken that day. */
    private long broken(long programme, long cohort, LocalDate rupture, String closure) {
        long apprentice = trainings.apprentice("Rupture", null);
        long enrolment = trainings.enrol(apprentice, programme, cohort, 2024);
        long contract = contracts.record(enrolment, ContractFixtures.contract(fixtures.company(), START, END));
        ruptures.record(
                contract,
                new RuptureForm(
                        rupture,
                        RuptureInitiative.MUTUAL,
                        RuptureLegalMode.MUTUAL_AGREEMENT,
                        null,
                        null,
                        false,
                        null,
                        fixtures.motive("EXPRESSED", "Mauvais choix d'orientation"),
                        fixtures.motive("VALIDATED", "Erreur d'orientation / changement d'orientation"),
                        closure,
                        true,
                        null));
        return contract;
    }

    private long continuation(long contract) {
        return jdbc.sql("select c.id from contract.continuation c join contract.rupture r on r.id = c.rupture_id"
                        + " where r.contract_id = ?")
                .param(contract)
                .query(Long.class)
                .single();
    }
}
