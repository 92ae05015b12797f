package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.trio.TrioIntegrationTest;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.attendance.AbsenceThresholdReached;
import org.trio.attendance.ThresholdKind;
import org.trio.booklet.BookletEntryPosted;
import org.trio.booklet.BookletManagement;
import org.trio.booklet.CompetencyInfo;
import org.trio.booklet.EntryKind;
import org.trio.booklet.EvaluationLevel;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.ContractAmended;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.ContractSigned;
import org.trio.contract.ContractTerminated;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.contract.TrainingRecords;
import org.trio.platform.web.Paging;
import org.trio.referential.DiplomaType;
import org.trio.referential.ReferentialManagement;
import org.trio.visit.DueVisit;
import org.trio.visit.RiskLevel;
import org.trio.visit.VisitManagement;
import org.trio.visit.VisitReportFiled;

/**
 * The time-driven rules, run for explicit days on rows of a CFA of the test's own: each signal comes on the day its
 * threshold is reached, not the day before, and only once.
 */
@TrioIntegrationTest
class WarningRulesIntegrationTests {

    @Autowired
    DailyRules rules;

    @Autowired
    FollowUp followUp;

    @Autowired
    PlannedCalls plannedCalls;

    @Autowired
    CallService calls;

    @Autowired
    WarningQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    VisitManagement visits;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    FollowUpRefresh refresh;

    @Autowired
    ContractManagement contracts;

    @Autowired
    BookletManagement booklets;

    @Autowired
    MockMvc mvc;

    WarningFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void createsACfaOfItsOwn() {
        fixtures = new WarningFixtures(followUp);
        today = LocalDate.now(clock);
    }

    @Test
    void raisesANoContractSignalTwoMonthsAfterTheTrainingStartOnce() {
        LocalDate start = today.minusMonths(4);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        List<Long> cfa = List.of(fixtures.cfa);

        assertThat(rules.noContract(start.plusMonths(2).minusDays(1), cfa)).isZero();
        assertThat(rules.noContract(start.plusMonths(2), cfa)).isEqualTo(1);
        assertThat(rules.noContract(start.plusMonths(2).plusDays(1), cfa)).isZero();

        assertThat(categoriesOf(enrolment.apprenticeId())).containsExactly("NO_CONTRACT");
        assertThat(jdbc.sql("select stage from warning.situation where apprentice_id = ?")
                        .param(enrolment.apprenticeId())
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
    }

    @Test
    void waitsThreeMonthsAfterARuptureBeforeSignallingTheMissingContract() {
        LocalDate start = today.minusMonths(8);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.BP, 1, "04", start, start.plusYears(2));
        LocalDate rupture = start.plusMonths(2);
        fixtures.contract(enrolment, start, start.plusYears(2), rupture);
        List<Long> cfa = List.of(fixtures.cfa);

        assertThat(rules.noContract(rupture.plusMonths(2), cfa)).isZero();
        assertThat(rules.noContract(rupture.plusMonths(3).minusDays(1), cfa)).isZero();
        assertThat(rules.noContract(rupture.plusMonths(3), cfa)).isEqualTo(1);
        assertThat(categoriesOf(enrolment.apprenticeId())).containsExactly("NO_CONTRACT");
    }

    @Test
    void followsAContractImportedWithoutMaitreAndRaisesNoNoContractSignalWhileItRuns() {
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long apprentice = network.apprentice(null);
        LocalDate start = today.minusMonths(4);
        long enrolment = network.train(
                apprentice,
                start,
                start.plusYears(2),
                List.of(WarningNetwork.contract(network.employer(), start.plusMonths(1), start.plusYears(2), null)));
        refresh.enrolment(enrolment);

        assertThat(rules.noContract(today, List.of(network.cfa))).isZero();

        assertThat(followUp.contractsOf(apprentice)).singleElement().satisfies(contract -> {
            assertThat(contract.mentorId()).isNull();
            assertThat(contract.startDate()).isEqualTo(start.plusMonths(1));
        });
        assertThat(categoriesOf(apprentice)).isEmpty();
    }

    @Test
    void signalsAPlannedCallNotMadeAWeekAfterItsDueDateOnce() {
        LocalDate start = today.minusMonths(3);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.BAC_PRO, 1, "03", start, start.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(enrolment, start, start.plusYears(2), null);
        LocalDate due = today.minusDays(30);
        plannedCalls.save(new PlannedCall(contract, enrolment, null, due, CallReason.MONTHLY));
        List<Long> cfa = List.of(fixtures.cfa);

        assertThat(rules.overdueCalls(due.plusDays(7), cfa)).isZero();
        assertThat(rules.overdueCalls(due.plusDays(8), cfa)).isEqualTo(1);
        assertThat(rules.overdueCalls(due.plusDays(9), cfa)).isZero();
        assertThat(categoriesOf(enrolment.apprenticeId())).containsExactly("CALL_OVERDUE");
    }

    @Test
    void signalsALivretSilentForFourWeeks() {
        LocalDate start = today.minusMonths(3);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 2, "03", start, start.plusYears(2));
        fixtures.contract(enrolment, start, start.plusYears(2), null);
        LocalDate lastEntry = today.minusWeeks(6);
        followUp.recordBookletEntry(enrolment.apprenticeId(), lastEntry);
        followUp.recordBookletEntry(enrolment.apprenticeId(), lastEntry.minusDays(3));
        List<Long> cfa = List.of(fixtures.cfa);

        assertThat(rules.silentBooklets(lastEntry.plusWeeks(4).minusDays(1), cfa))
                .isZero();
        assertThat(rules.silentBooklets(lastEntry.plusWeeks(4), cfa)).isEqualTo(1);
        assertThat(rules.silentBooklets(lastEntry.plusWeeks(5), cfa)).isZero();
        assertThat(categoriesOf(enrolment.apprenticeId())).containsExactly("SILENT_BOOKLET");
    }

    @Test
    void listsTheCallsDueFromTheDayToTheEndOfItsWeekApartFromTheLateAndTheLaterOnes() {
        LocalDate monday = LocalDate.of(2025, 3, 10);
        LocalDate wednesday = monday.plusDays(2);
        LocalDate sunday = monday.plusDays(6);
        LocalDate start = monday.minusMonths(3);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(enrolment, start, start.plusYears(2), null);
        long dueMonday = call(contract, enrolment, 42L, monday, CallReason.EARLY_WEEK);
        long dueWednesday = call(contract, enrolment, 42L, wednesday, CallReason.MONTHLY);
        long dueSunday = call(contract, enrolment, 42L, sunday, CallReason.TRIAL_END);
        long dueNextMonday = call(contract, enrolment, 42L, sunday.plusDays(1), CallReason.TERM);
        long otherAdvisor = call(contract, enrolment, 43L, wednesday, CallReason.MONTHLY);
        ApprenticeScope scope = new ApprenticeScope(Set.of(fixtures.cfa), Set.of(), Set.of());

        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.WEEK, monday))
                .containsExactly(dueMonday, dueWednesday, dueSunday);
        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.LATE, monday)).isEmpty();
        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.WEEK, wednesday))
                .containsExactly(dueWednesday, dueSunday);
        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.LATE, wednesday))
                .containsExactly(dueMonday);
        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.UPCOMING, wednesday))
                .containsExactly(dueNextMonday);
        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.WEEK, sunday)).containsExactly(dueSunday);
        assertThat(callIds(scope, 42L, WarningQueries.CallPeriod.LATE, sunday))
                .containsExactly(dueMonday, dueWednesday);
        assertThat(callIds(scope, null, WarningQueries.CallPeriod.WEEK, wednesday))
                .containsExactly(dueWednesday, otherAdvisor, dueSunday);
        assertThat(queries.countCalls(scope, 42L, WarningQueries.CallPeriod.WEEK, wednesday))
                .isEqualTo(2);
        assertThat(queries.countCalls(scope, 43L, WarningQueries.CallPeriod.LATE, sunday))
                .isEqualTo(1);
    }

    private long call(
            FollowUp.Contract contract, FollowUp.Enrolment enrolment, Long advisor, LocalDate due, CallReason reason) {
        return plannedCalls.save(new PlannedCall(contract, enrolment, advisor, due, reason)).id;
    }

    private List<Long> callIds(
            ApprenticeScope scope, @Nullable Long advisor, WarningQueries.CallPeriod period, LocalDate day) {
        return ids(queries.calls(scope, advisor, period, day, Paging.of(0)));
    }

    @Test
    void plansTheCallsOfAContractWhenItIsSigned() {
        LocalDate start = today.minusDays(2);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        FollowUp.Contract contract =
                fixtures.contract(enrolment, start, start.plusYears(2).minusDays(1), null);

        transactions.executeWithoutResult(status -> events.publishEvent(new ContractSigned(
                contract.contractId(),
                contract.apprenticeId(),
                enrolment.enrolmentId(),
                contract.employerId(),
                contract.mentorId(),
                start.minusDays(10),
                start,
                contract.endDate())));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !plannedCalls
                        .findByContractIdOrderByDueDate(contract.contractId())
                        .isEmpty());
        List<PlannedCall> calls = plannedCalls.findByContractIdOrderByDueDate(contract.contractId());
        assertThat(calls.get(0).dueDate).isEqualTo(start.plusDays(6));
        assertThat(calls.get(0).reason).isEqualTo(CallReason.EARLY_WEEK);
        assertThat(calls)
                .extracting(call -> call.reason)
                .contains(CallReason.TRIAL_END, CallReason.MONTHLY, CallReason.TERM);
        assertThat(calls).allMatch(call -> call.status == PlannedCall.Status.PLANNED && call.cfaId == fixtures.cfa);
    }

    @Test
    void turnsAnAbsenceThresholdOfTheAttendanceModuleIntoOneSignal() {
        LocalDate start = today.minusMonths(3);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        AbsenceThresholdReached reached = new AbsenceThresholdReached(
                enrolment.apprenticeId(),
                ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH,
                new BigDecimal("10.5"),
                new BigDecimal("7"),
                month,
                month.plusMonths(1).minusDays(1));

        transactions.executeWithoutResult(status -> events.publishEvent(reached));
        transactions.executeWithoutResult(status -> events.publishEvent(reached));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !categoriesOf(enrolment.apprenticeId()).isEmpty());
        assertThat(categoriesOf(enrolment.apprenticeId())).containsExactly("ABSENCES");
        assertThat(jdbc.sql("select summary from warning.signal where apprentice_id = ?")
                        .param(enrolment.apprenticeId())
                        .query(String.class)
                        .single())
                .startsWith("10,5 h d'absence injustifiée")
                .endsWith("(seuil : 7 h)");
    }

    @Test
    void cancelsTheCallsAfterARuptureAndFollowsAnExtendedContract() {
        LocalDate start = today.minusDays(3);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        FollowUp.Contract contract =
                fixtures.contract(enrolment, start, start.plusYears(1).minusDays(1), null);
        calls.plan(contract.contractId());
        LocalDate lastBefore = lastDue(contract.contractId());

        transactions.executeWithoutResult(status -> events.publishEvent(new ContractAmended(
                contract.contractId(),
                WarningFixtures.id(),
                contract.apprenticeId(),
                "33",
                today,
                start.plusYears(2).minusDays(1),
                contract.mentorId())));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> lastDue(contract.contractId()).isAfter(lastBefore));
        assertThat(followUp.contract(contract.contractId()).orElseThrow().endDate())
                .isEqualTo(start.plusYears(2).minusDays(1));

        LocalDate rupture = today.plusDays(40);
        transactions.executeWithoutResult(status -> events.publishEvent(new ContractTerminated(
                contract.contractId(),
                contract.apprenticeId(),
                enrolment.enrolmentId(),
                contract.employerId(),
                rupture,
                RuptureInitiative.APPRENTICE,
                RuptureLegalMode.MUTUAL_AGREEMENT,
                "Abandon",
                "Départ volontaire de l'apprenti",
                AnalysisPeriod.INTERMEDIATE,
                true,
                rupture.plusMonths(6))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rupture.equals(
                        followUp.contract(contract.contractId()).orElseThrow().ruptureDate()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> plannedCalls.findByContractIdOrderByDueDate(contract.contractId()).stream()
                        .filter(call -> call.dueDate.isAfter(rupture.minusDays(1)))
                        .allMatch(call -> call.status == PlannedCall.Status.CANCELLED));
        assertThat(plannedCalls.findByContractIdOrderByDueDate(contract.contractId()))
                .filteredOn(call -> call.dueDate.isBefore(rupture))
                .isNotEmpty()
                .allMatch(call -> call.status == PlannedCall.Status.PLANNED);
    }

    private LocalDate lastDue(long contractId) {
        List<PlannedCall> calls = plannedCalls.findByContractIdOrderByDueDate(contractId);
        return calls.get(calls.size() - 1).dueDate;
    }

    @Test
    void aVisitReportJudgingTheRiskHighIsASignalAndALivretEntryKeepsTheLivretAlive() {
        LocalDate start = today.minusMonths(2);
        FollowUp.Enrolment enrolment = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(enrolment, start, start.plusYears(2), null);
        long apprentice = enrolment.apprenticeId();

        transactions.executeWithoutResult(status -> events.publishEvent(new VisitReportFiled(
                WarningFixtures.id(),
                WarningFixtures.id(),
                contract.contractId(),
                apprentice,
                "AFTER_START",
                today.minusDays(1),
                RiskLevel.LOW,
                0)));
        long highReport = WarningFixtures.id();
        transactions.executeWithoutResult(status -> events.publishEvent(new VisitReportFiled(
                highReport,
                WarningFixtures.id(),
                contract.contractId(),
                apprentice,
                "AFTER_START",
                today,
                RiskLevel.HIGH,
                2)));
        transactions.executeWithoutResult(status -> events.publishEvent(new BookletEntryPosted(
                WarningFixtures.id(),
                contract.contractId(),
                apprentice,
                EntryKind.NOTE,
                "MENTOR",
                today.atStartOfDay(clock.getZone()).toInstant())));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !categoriesOf(apprentice).isEmpty()
                        && followUp.lastBookletEntry(apprentice).isPresent());
        assertThat(categoriesOf(apprentice)).containsExactly("VISIT_REPORT");
        assertThat(followUp.signalKnown("VISIT_REPORT:" + highReport)).isTrue();
        assertThat(followUp.lastBookletEntry(apprentice)).contains(today);
        assertThat(rules.silentBooklets(today.plusWeeks(4).minusDays(1), List.of(fixtures.cfa)))
                .isZero();
    }

    @Test
    void signalsTheMissingTrialPeriodVisitTheDayAfterItsWindowClosedOnceAndCountsItInTheScore() {
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long apprentice = network.apprentice(null);
        LocalDate start = today.minusMonths(4);
        network.train(
                apprentice,
                start,
                start.plusYears(2),
                List.of(WarningNetwork.contract(network.employer(), start, start.plusYears(2), null)));
        long contract = contractOf(apprentice);
        List<DueVisit> due = visits.dueVisits(contract);
        DueVisit trial = due.stream()
                .filter(visit -> visit.ruleCode().equals("TRIAL"))
                .findFirst()
                .orElseThrow();
        DueVisit early = due.stream()
                .filter(visit -> visit.ruleCode().equals("START"))
                .findFirst()
                .orElseThrow();
        String trialKey = "VISIT_LATE:" + contract + ":TRIAL:" + trial.windowEnd();
        String earlyKey = "VISIT_LATE:" + contract + ":START:" + early.windowEnd();
        List<Long> cfa = List.of(network.cfa);

        rules.overdueVisits(trial.windowEnd(), cfa);
        assertThat(followUp.signalKnown(trialKey)).isFalse();
        rules.overdueVisits(trial.windowEnd().plusDays(1), cfa);
        assertThat(followUp.signalKnown(trialKey)).isTrue();
        rules.overdueVisits(today, cfa);
        assertThat(rules.overdueVisits(today, cfa)).isZero();

        assertThat(jdbc.sql(
                                "select category, origin, observed_on, evidence_url from warning.signal where dedup_key = ?")
                        .param(trialKey)
                        .query((rs, row) -> List.of(
                                rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
                        .single())
                .containsExactly(
                        "TRIAL_VISIT_MISSING", "RULE", trial.windowEnd().plusDays(1), "/visits/contracts/" + contract);
        assertThat(jdbc.sql("select category from warning.signal where dedup_key = ?")
                        .param(earlyKey)
                        .query(String.class)
                        .single())
                .isEqualTo("VISIT_REPORT");
        assertThat(categoriesOf(apprentice)).containsExactlyInAnyOrder("TRIAL_VISIT_MISSING", "VISIT_REPORT");
        assertThat(jdbc.sql("select factors from warning.risk_score where apprentice_id = ?")
                        .param(apprentice)
                        .query(String.class)
                        .single())
                .contains("TRIAL_VISIT_MISSING");
    }

    @Test
    void turnsEvaluationsFallingFromOneMonthToTheNextIntoOneSignal() throws Exception {
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(1);
        ContractInfo contract = contracts
                .contract(jdbc.sql("""
                                select min(c.id) from contract.apprenticeship_contract c
                                join contract.enrolment e on e.id = c.enrolment_id
                                where e.cfa_id = (select cfa_id from access.account where username = 'direction@demo.trio')
                                  and c.start_date < :from and c.end_date > :today and c.rupture_date is null
                                  and c.mentor1_id is not null
                                  and exists (select 1 from booklet.competency_referential r
                                              where r.programme_id = e.programme_id)
                                  and not exists (select 1 from warning.signal s where s.apprentice_id = c.apprentice_id
                                                  and s.category = 'FALLING_EVALUATIONS')
                                """)
                        .param("from", lastMonth.minusMonths(1))
                        .param("today", today)
                        .query(Long.class)
                        .single())
                .orElseThrow();
        long programme = jdbc.sql("select programme_id from contract.enrolment where id = ?")
                .param(contract.enrolmentId())
                .query(Long.class)
                .single();
        List<Long> competencies = booklets.competencies(programme).stream()
                .filter(CompetencyInfo::active)
                .map(CompetencyInfo::id)
                .toList();
        assertThat(competencies).as("the programme's referential").isNotEmpty();
        RequestPostProcessor maitre = user(new TrioUserDetails(
                new CurrentUser(
                        -1,
                        "maitre-alerte@test.trio",
                        "Maître d'essai",
                        Role.MENTOR,
                        null,
                        null,
                        null,
                        contract.mentor1Id()),
                "",
                true,
                false));
        long apprentice = contract.apprenticeId();

        evaluate(contract.id(), maitre, lastMonth, competencies, EvaluationLevel.AUTONOMOUS);
        evaluate(contract.id(), maitre, today, competencies, EvaluationLevel.BEGINNER);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fallingSignals(apprentice) == 1
                        && today.equals(followUp.lastBookletEntry(apprentice).orElse(null)));
        java.time.OffsetDateTime since = java.time.OffsetDateTime.now().minusSeconds(1);
        evaluate(contract.id(), maitre, today, competencies.subList(0, 1), EvaluationLevel.NOT_SEEN);
        String key = "FALLING_EVALUATIONS:" + apprentice + ":MENTOR:" + java.time.YearMonth.from(today);
        awaitEvaluationListeners(since);
        assertThat(fallingSignals(apprentice)).isEqualTo(1);

        assertThat(jdbc.sql("select dedup_key, origin, evidence_url, summary from warning.signal"
                                + " where apprentice_id = ? and category = 'FALLING_EVALUATIONS'")
                        .param(apprentice)
                        .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .single())
                .satisfies(signal -> {
                    assertThat(signal.get(0)).isEqualTo(key);
                    assertThat(signal.get(1)).isEqualTo("RULE");
                    assertThat(signal.get(2)).isEqualTo("/booklet/contracts/" + contract.id() + "/evaluations");
                    assertThat(signal.get(3))
                            .startsWith("Évaluations du ")
                            .contains(" en baisse en "
                                    + today.format(java.time.format.DateTimeFormatter.ofPattern(
                                            "MMMM yyyy", java.util.Locale.FRANCE)));
                });
    }

    private void evaluate(
            long contract, RequestPostProcessor as, LocalDate on, List<Long> competencies, EvaluationLevel level)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/booklet/contracts/" + contract + "/evaluations")
                .with(csrf())
                .with(as)
                .param("evaluatedOn", on.toString());
        competencies.forEach(id -> request.param("level_" + id, level.name()));
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/booklet/contracts/" + contract + "/evaluations");
    }

    /** Waits until every listener of the livret's evaluations has finished (the event publication registry). */
    private void awaitEvaluationListeners(java.time.OffsetDateTime since) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and event_type like '%EvaluationRecorded' and publication_date >= ?")
                                .param(since)
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private long fallingSignals(long apprentice) {
        return jdbc.sql(
                        "select count(*) from warning.signal where apprentice_id = ? and category = 'FALLING_EVALUATIONS'")
                .param(apprentice)
                .query(Long.class)
                .single();
    }

    private long contractOf(long apprentice) {
        return contracts.contractsOf(apprentice).get(0).id();
    }

    private List<String> categoriesOf(long apprenticeId) {
        return jdbc.sql("select category from warning.signal where apprentice_id = ? order by id")
                .param(apprenticeId)
                .query(String.class)
                .list();
    }

    private static List<Long> ids(List<WarningQueries.CallRow> rows) {
        return rows.stream().map(WarningQueries.CallRow::id).toList();
    }
}
