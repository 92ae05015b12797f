package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.trio.TrioIntegrationTest;
import org.trio.access.ApprenticeScope;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.ContractSigned;
import org.trio.contract.ContractTerminated;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.contract.StatusManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/** Recording contracts and ruptures: checks, events, statuses, the six months after and their reminders. */
@TrioIntegrationTest
@RecordApplicationEvents
class ContractLifecycleIntegrationTests {

    private static final LocalDate START = LocalDate.of(2024, 9, 2);
    private static final LocalDate SESSION_END = LocalDate.of(2026, 6, 30);
    private static final LocalDate CONTRACT_END = LocalDate.of(2026, 8, 31);

    @Autowired
    ContractFixtures fixtures;

    @Autowired
    ContractService contracts;

    @Autowired
    RuptureService ruptures;

    @Autowired
    ContractManagement contractManagement;

    @Autowired
    StatusManagement statuses;

    @Autowired
    StatusQueries statusQueries;

    @Autowired
    StatusRecorder recorder;

    @Autowired
    Continuations continuations;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private RuptureForm rupture(LocalDate date, RuptureLegalMode mode, RuptureInitiative initiative, boolean signed) {
        return new RuptureForm(
                date,
                initiative,
                mode,
                null,
                null,
                signed,
                null,
                fixtures.motive("EXPRESSED", "Mauvais choix d'orientation"),
                fixtures.motive("VALIDATED", "Erreur d'orientation / changement d'orientation"),
                null,
                true,
                null);
    }

    @Test
    void recordsAContractPublishesItAndMakesTheYoungPersonAnApprentice() {
        long apprentice = fixtures.apprentice(LocalDate.of(2007, 5, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        assertThat(statuses.statusOn(apprentice, START.plusDays(30))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApprenticeStatus.WITHOUT_CONTRACT);
        long contract = contracts.record(
                enrolment, ContractFixtures.contract(fixtures.company(), START.plusDays(14), CONTRACT_END));
        assertThat(events.stream(ContractSigned.class).filter(event -> event.contractId() == contract))
                .hasSize(1);
        assertThat(statuses.statusOn(apprentice, START.plusDays(13))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApprenticeStatus.WITHOUT_CONTRACT);
        assertThat(statuses.statusOn(apprentice, START.plusDays(14))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApprenticeStatus.APPRENTICE);
        List<StatusPaths.Row> runs = statusQueries.runsOf(apprentice);
        assertThat(runs.get(runs.size() - 1).status()).isEqualTo(ApprenticeStatus.TRAINING_ENDED);
        assertThat(runs.get(runs.size() - 1).from()).isEqualTo(SESSION_END);
    }

    @Test
    void refusesAFiveMonthContractAndSavesNothing() {
        long apprentice = fixtures.apprentice(LocalDate.of(2006, 5, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        assertThatThrownBy(() -> contracts.record(
                        enrolment,
                        ContractFixtures.contract(
                                fixtures.company(), START, START.plusMonths(5).minusDays(1))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).problems())
                        .extracting(Problem::field, Problem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("endDate", "contract.duration.short")));
        assertThat(jdbc.sql("select count(*) from contract.apprenticeship_contract where apprentice_id = ?")
                        .param(apprentice)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAThirdApprenticeForTheSameMaitre() {
        ContractFixtures.Company company = fixtures.company();
        for (int i = 0; i < 2; i++) {
            long apprentice = fixtures.apprentice(LocalDate.of(2006, 1, 10 + i));
            contracts.record(
                    fixtures.enrol(apprentice, START, SESSION_END),
                    ContractFixtures.contract(company, START, CONTRACT_END));
        }
        long third = fixtures.apprentice(LocalDate.of(2006, 2, 1));
        long enrolment = fixtures.enrol(third, START, SESSION_END);
        CheckResult check =
                contracts.check(enrolment, null, ContractFixtures.contract(company, START.plusDays(3), CONTRACT_END));
        assertThat(check.problems()).extracting(Problem::code).containsExactly("mentor.load.full");
    }

    @Test
    void recordsARupturePublishesItAndOpensTheSixMonths() {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 5, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        ContractFixtures.Company company = fixtures.company();
        long contract = contracts.record(enrolment, ContractFixtures.contract(company, START, CONTRACT_END));
        LocalDate date = LocalDate.of(2025, 2, 3);
        ruptures.record(contract, rupture(date, RuptureLegalMode.MUTUAL_AGREEMENT, RuptureInitiative.MUTUAL, false));
        ContractTerminated event = events.stream(ContractTerminated.class)
                .filter(terminated -> terminated.contractId() == contract)
                .findFirst()
                .orElseThrow();
        assertThat(event.ruptureDate()).isEqualTo(date);
        assertThat(event.analysisPeriod()).isEqualTo(AnalysisPeriod.INTERMEDIATE);
        assertThat(event.net()).isTrue();
        assertThat(event.validatedMotive()).isEqualTo("Erreur d'orientation / changement d'orientation");
        assertThat(event.continuationEnd()).isEqualTo(LocalDate.of(2025, 8, 3));
        assertThat(statuses.statusOn(apprentice, date.minusDays(1))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApprenticeStatus.APPRENTICE);
        assertThat(statuses.statusOn(apprentice, date).orElseThrow().status()).isEqualTo(ApprenticeStatus.TERMINATED);
        assertThat(continuations.findByApprenticeIdAndOutcomeIsNull(apprentice)).hasSize(1);
    }

    @Test
    void flagsAnAdministrativeClosureSoThatItIsNotCountedAsARupture() {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 6, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        ContractFixtures.Company company = fixtures.company();
        long corrected = contracts.record(enrolment, ContractFixtures.contract(company, START, CONTRACT_END));
        LocalDate date = LocalDate.of(2024, 10, 1);
        ruptures.record(
                corrected,
                new RuptureForm(
                        date,
                        RuptureInitiative.MUTUAL,
                        RuptureLegalMode.MUTUAL_AGREEMENT,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        "DATA_CORRECTION",
                        true,
                        "Contrat saisi deux fois"));
        long broken = contracts.record(enrolment, ContractFixtures.contract(company, date, CONTRACT_END));
        ruptures.record(
                broken,
                rupture(LocalDate.of(2025, 3, 3), RuptureLegalMode.MUTUAL_AGREEMENT, RuptureInitiative.MUTUAL, false));

        List<ContractInfo> recorded = contractManagement.contractsOf(apprentice);

        assertThat(recorded)
                .extracting(ContractInfo::id, ContractInfo::administrativeClosure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(corrected, true),
                        org.assertj.core.groups.Tuple.tuple(broken, false));
        assertThat(recorded.get(0).brokenBy(CONTRACT_END)).isFalse();
        assertThat(recorded.get(1).brokenBy(LocalDate.of(2025, 3, 2))).isFalse();
        assertThat(recorded.get(1).brokenBy(LocalDate.of(2025, 3, 3))).isTrue();
    }

    @Test
    void refusesTheRuptureOfAMinorWithoutTheLegalRepresentative() {
        long apprentice = fixtures.apprentice(LocalDate.of(2008, 5, 1));
        long contract = contracts.record(
                fixtures.enrol(apprentice, START, SESSION_END),
                ContractFixtures.contract(fixtures.company(), START, CONTRACT_END));
        assertThatThrownBy(() -> ruptures.record(
                        contract,
                        rupture(
                                LocalDate.of(2025, 1, 6),
                                RuptureLegalMode.MUTUAL_AGREEMENT,
                                RuptureInitiative.MUTUAL,
                                false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).problems())
                        .extracting(Problem::code)
                        .containsExactly("rupture.minor.cosign"));
        assertThat(jdbc.sql("select rupture_date from contract.apprenticeship_contract where id = ?")
                        .param(contract)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void refusesATrialPeriodRuptureAfterFortyFiveCompanyDays() {
        long apprentice = fixtures.apprentice(LocalDate.of(2004, 5, 1));
        long contract = contracts.record(
                fixtures.enrol(apprentice, START, SESSION_END),
                ContractFixtures.contract(fixtures.company(), START, CONTRACT_END));
        CheckResult check = ruptures.check(
                contract,
                rupture(LocalDate.of(2025, 3, 3), RuptureLegalMode.TRIAL_PERIOD, RuptureInitiative.EMPLOYER, false));
        assertThat(check.problems()).isEmpty();
        assertThat(check.warnings()).extracting(Problem::code).contains("rupture.trial.estimated-over");
    }

    @Test
    void concludesTheSixMonthsWithTheNextContract() {
        long apprentice = fixtures.apprentice(LocalDate.of(2004, 8, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        long contract = contracts.record(enrolment, ContractFixtures.contract(fixtures.company(), START, CONTRACT_END));
        LocalDate date = LocalDate.of(2024, 12, 2);
        ruptures.record(contract, rupture(date, RuptureLegalMode.MUTUAL_AGREEMENT, RuptureInitiative.MUTUAL, false));
        ContractForm next = ContractFixtures.contract(fixtures.company(), LocalDate.of(2025, 1, 6), CONTRACT_END);
        long second = contracts.record(
                enrolment,
                new ContractForm(
                        next.employerSiret(),
                        next.mentor1Id(),
                        null,
                        "23",
                        null,
                        "1",
                        next.conclusionDate(),
                        next.startDate(),
                        next.practicalTrainingStart(),
                        next.endDate(),
                        next.weeklyHours(),
                        null));
        Continuation continuation = continuations.findAll().stream()
                .filter(found -> found.apprenticeId == apprentice)
                .findFirst()
                .orElseThrow();
        assertThat(continuation.outcome).isEqualTo(Continuation.Outcome.NEW_CONTRACT);
        assertThat(continuation.outcomeContractId).isEqualTo(second);
        assertThat(statuses.statusOn(apprentice, LocalDate.of(2025, 1, 5))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApprenticeStatus.TERMINATED);
        assertThat(statuses.statusOn(apprentice, LocalDate.of(2025, 1, 6))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApprenticeStatus.APPRENTICE);
    }

    @Test
    void remindsTheCjeOneMonthBeforeTheSixMonthsEndAndWhenTheyEnded() {
        long apprentice = fixtures.apprentice(LocalDate.of(2003, 8, 1));
        long contract = contracts.record(
                fixtures.enrol(apprentice, START, SESSION_END),
                ContractFixtures.contract(fixtures.company(), START, CONTRACT_END));
        LocalDate date = LocalDate.of(2025, 1, 13);
        ruptures.record(contract, rupture(date, RuptureLegalMode.MUTUAL_AGREEMENT, RuptureInitiative.MUTUAL, false));
        long continuation =
                continuations.findByApprenticeIdAndOutcomeIsNull(apprentice).get(0).id;
        LocalDate end = LocalDate.of(2025, 7, 13);
        transactions.executeWithoutResult(status ->
                publisher.publishEvent(DayHasPassed.of(end.minusMonths(1).minusDays(2))));
        assertThat(reminders(continuation)).isEmpty();
        transactions.executeWithoutResult(status ->
                publisher.publishEvent(DayHasPassed.of(end.minusMonths(1).minusDays(1))));
        assertThat(reminders(continuation)).containsExactly("ONE_MONTH");
        transactions.executeWithoutResult(status -> publisher.publishEvent(DayHasPassed.of(end.minusDays(8))));
        assertThat(reminders(continuation)).containsExactlyInAnyOrder("ONE_MONTH", "ONE_WEEK");
        transactions.executeWithoutResult(status -> publisher.publishEvent(DayHasPassed.of(end.minusDays(1))));
        assertThat(reminders(continuation)).containsExactlyInAnyOrder("ONE_MONTH", "ONE_WEEK", "ENDED");
    }

    @Test
    void countsTheHeadcountsAsOfADayInOneIndexedQuery() {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 9, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        contracts.record(enrolment, ContractFixtures.contract(fixtures.company(), START, CONTRACT_END));
        ApprenticeScope onlyMine = new ApprenticeScope(Set.of(), Set.of(), Set.of(apprentice));
        StatusQueries.Headcounts counts =
                statusQueries.headcounts(StatusQueries.Filter.of(LocalDate.of(2025, 3, 1)), onlyMine);
        assertThat(counts.apprentices()).isEqualTo(1);
        assertThat(counts.learners()).isEqualTo(1);
        assertThat(counts.terminated()).isZero();
    }

    @Test
    void listsTheNeverContractedAfterTwoMonths() {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 10, 1));
        fixtures.enrol(apprentice, START, SESSION_END);
        ApprenticeScope onlyMine = new ApprenticeScope(Set.of(), Set.of(), Set.of(apprentice));
        assertThat(statusQueries.alertCount(
                        StatusQueries.Filter.of(START.plusMonths(2)),
                        onlyMine,
                        StatusQueries.Alert.WITHOUT_CONTRACT_TWO_MONTHS))
                .isZero();
        assertThat(statusQueries.alertCount(
                        StatusQueries.Filter.of(START.plusMonths(2).plusDays(1)),
                        onlyMine,
                        StatusQueries.Alert.WITHOUT_CONTRACT_TWO_MONTHS))
                .isEqualTo(1);
    }

    @Test
    void recomputesEveryStatusInBulkLikeOneByOne() {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 11, 1));
        long enrolment = fixtures.enrol(apprentice, START, SESSION_END);
        long contract = contracts.record(enrolment, ContractFixtures.contract(fixtures.company(), START, CONTRACT_END));
        ruptures.record(
                contract,
                rupture(LocalDate.of(2025, 4, 7), RuptureLegalMode.MUTUAL_AGREEMENT, RuptureInitiative.MUTUAL, false));
        List<StatusPaths.Row> oneByOne = statusQueries.runsOf(apprentice);
        assertThat(recorder.recomputeAll()).isPositive();
        assertThat(statusQueries.runsOf(apprentice)).isEqualTo(oneByOne);
    }

    private List<String> reminders(long continuation) {
        return jdbc.sql("select kind from contract.continuation_reminder where continuation_id = ?")
                .param(continuation)
                .query(String.class)
                .list();
    }
}
