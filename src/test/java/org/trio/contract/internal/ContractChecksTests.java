package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.shared.Problem;

class ContractChecksTests {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    private static ContractChecks.Facts facts(LocalDate end, LocalDate birth, String derogation, boolean college) {
        return new ContractChecks.Facts(
                START.minusDays(10),
                START,
                START,
                end,
                START.plusDays(10),
                LocalDate.of(2027, 6, 30),
                birth,
                college,
                derogation,
                LocalDate.of(1980, 1, 1),
                null,
                false);
    }

    private static List<String> codes(ContractChecks.Facts facts) {
        return ContractChecks.check(facts).stream().map(Problem::code).toList();
    }

    @Test
    void acceptsATwoYearContractOfASeventeenYearOld() {
        assertThat(codes(facts(LocalDate.of(2027, 8, 31), LocalDate.of(2008, 3, 1), null, false)))
                .isEmpty();
    }

    @Test
    void acceptsExactlySixMonthsAndRefusesOneDayLess() {
        LocalDate birth = LocalDate.of(2005, 1, 1);
        assertThat(codes(facts(LocalDate.of(2026, 2, 28), birth, null, false))).isEmpty();
        assertThat(codes(facts(LocalDate.of(2026, 2, 27), birth, null, false))).contains("contract.duration.short");
    }

    @Test
    void refusesAContractLongerThanFourYearsAndSixMonths() {
        assertThat(codes(facts(LocalDate.of(2030, 2, 28), LocalDate.of(2005, 1, 1), null, false)))
                .doesNotContain("contract.duration.long");
        assertThat(codes(facts(LocalDate.of(2030, 3, 1), LocalDate.of(2005, 1, 1), null, false)))
                .contains("contract.duration.long", "contract.end.after-training");
    }

    @Test
    void refusesATrainingStartingMoreThanThreeMonthsFromTheContract() {
        ContractChecks.Facts far = new ContractChecks.Facts(
                START,
                START,
                START,
                START.plusYears(2),
                START.plusMonths(3).plusDays(1),
                START.plusYears(2),
                null,
                false,
                null,
                null,
                null,
                false);
        assertThat(codes(far)).containsExactly("contract.training-start.far");
    }

    @Test
    void acceptsANewContractAfterARuptureLongAfterTheTrainingStarted() {
        ContractChecks.Facts afterRupture = new ContractChecks.Facts(
                START,
                START,
                START,
                START.plusYears(2),
                START.minusMonths(5),
                START.plusYears(2),
                null,
                false,
                null,
                null,
                null,
                true);
        assertThat(codes(afterRupture)).isEmpty();
    }

    @Test
    void refusesAContractEndingMoreThanThreeMonthsAfterTheTraining() {
        ContractChecks.Facts late = new ContractChecks.Facts(
                START,
                START,
                START,
                LocalDate.of(2027, 10, 1),
                START,
                LocalDate.of(2027, 6, 30),
                null,
                false,
                null,
                null,
                null,
                false);
        assertThat(codes(late)).containsExactly("contract.end.after-training");
    }

    @Test
    void refusesAFifteenYearOldUnlessCollegeIsDoneOrADerogationIsGiven() {
        LocalDate birth = LocalDate.of(2010, 6, 1);
        LocalDate end = LocalDate.of(2027, 8, 31);
        assertThat(codes(facts(end, birth, null, false))).containsExactly("contract.age.young");
        assertThat(codes(facts(end, birth, null, true))).isEmpty();
        assertThat(codes(facts(end, birth, "11", false))).isEmpty();
    }

    @Test
    void refusesAThirtyYearOldWithoutTheDerogation() {
        LocalDate birth = LocalDate.of(1995, 6, 1);
        LocalDate end = LocalDate.of(2027, 8, 31);
        assertThat(codes(facts(end, birth, null, false))).containsExactly("contract.age.old");
        assertThat(codes(facts(end, birth, "12", false))).isEmpty();
        assertThat(codes(facts(end, birth, "50", false))).isEmpty();
    }

    @Test
    void refusesAMinorMaitre() {
        ContractChecks.Facts minorMentor = new ContractChecks.Facts(
                START,
                START,
                START,
                LocalDate.of(2027, 8, 31),
                START,
                LocalDate.of(2027, 6, 30),
                null,
                false,
                null,
                LocalDate.of(2008, 1, 1),
                null,
                false);
        assertThat(ContractChecks.check(minorMentor))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mentor1Id", "contract.mentor.minor"));
    }
}
