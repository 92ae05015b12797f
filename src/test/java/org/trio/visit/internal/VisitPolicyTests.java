package org.trio.visit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.visit.DueVisit;

class VisitPolicyTests {

    private static final LocalDate SINCE_2019 = LocalDate.of(2019, 1, 1);

    private static final List<PolicyRule> DEFAULT = List.of(
            new PolicyRule(
                    null,
                    "TRIAL",
                    "Période d'essai",
                    PolicyRule.Anchor.START,
                    0,
                    PolicyRule.Anchor.TRIAL_END,
                    0,
                    SINCE_2019,
                    null,
                    1),
            new PolicyRule(
                    null,
                    "START",
                    "Début",
                    PolicyRule.Anchor.START,
                    0,
                    PolicyRule.Anchor.START,
                    2,
                    SINCE_2019,
                    null,
                    2),
            new PolicyRule(
                    null, "END", "Fin", PolicyRule.Anchor.END, -2, PolicyRule.Anchor.END, 0, SINCE_2019, null, 3));

    private static VisitPolicy.ContractDates contract(String start, String end, String lastDay, String trialEnd) {
        return new VisitPolicy.ContractDates(
                7, LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(lastDay), LocalDate.parse(trialEnd));
    }

    @Test
    void givesTheThreeDefaultWindowsOfATwoYearContract() {
        List<DueVisit> due =
                VisitPolicy.dueVisits(contract("2025-09-01", "2027-06-30", "2027-06-30", "2025-11-14"), DEFAULT);
        assertThat(due)
                .extracting(visit -> visit.ruleCode() + " " + visit.windowStart() + "/" + visit.windowEnd())
                .containsExactly(
                        "TRIAL 2025-09-01/2025-11-14", "START 2025-09-01/2025-11-01", "END 2027-04-30/2027-06-30");
    }

    @Test
    void coversTheLastDayOfAWindowButNotTheNext() {
        DueVisit start = VisitPolicy.dueVisits(
                        contract("2025-09-01", "2027-06-30", "2027-06-30", "2025-11-14"), DEFAULT)
                .get(1);
        assertThat(start.covers(LocalDate.parse("2025-11-01"))).isTrue();
        assertThat(start.covers(LocalDate.parse("2025-11-02"))).isFalse();
        assertThat(start.covers(LocalDate.parse("2025-09-01"))).isTrue();
        assertThat(start.covers(LocalDate.parse("2025-08-31"))).isFalse();
    }

    @Test
    void dropsTheWindowsOpeningAfterARuptureAndCutsTheOneItInterrupts() {
        List<DueVisit> due =
                VisitPolicy.dueVisits(contract("2025-09-01", "2027-06-30", "2025-10-15", "2025-11-14"), DEFAULT);
        assertThat(due)
                .extracting(visit -> visit.ruleCode() + " " + visit.windowEnd())
                .containsExactly("TRIAL 2025-10-15", "START 2025-10-15");
    }

    @Test
    void prefersTheProgrammesOwnRulesValidOnTheContractStart() {
        List<PolicyRule> rules = new java.util.ArrayList<>(DEFAULT);
        rules.add(new PolicyRule(
                42L,
                "START",
                "Début (BTS)",
                PolicyRule.Anchor.START,
                0,
                PolicyRule.Anchor.START,
                1,
                LocalDate.parse("2026-01-01"),
                null,
                1));
        assertThat(VisitPolicy.applicable(rules, 42, LocalDate.parse("2026-01-01")))
                .extracting(PolicyRule::label)
                .containsExactly("Début (BTS)");
        assertThat(VisitPolicy.applicable(rules, 42, LocalDate.parse("2025-12-31")))
                .extracting(PolicyRule::code)
                .containsExactly("TRIAL", "START", "END");
        assertThat(VisitPolicy.applicable(rules, 43, LocalDate.parse("2026-03-01")))
                .hasSize(3);
    }

    @Test
    void countsFortyFiveWorkingDaysForTheTrialPeriodWithoutCalendar() {
        // From Monday 1 September 2025: 9 weeks of 5 days end on Friday 31 October (no public holiday before).
        assertThat(VisitPolicy.trialEndWithoutCalendar(LocalDate.parse("2025-09-01")))
                .isEqualTo(LocalDate.parse("2025-10-31"));
        // From Monday 6 October 2025: Tuesday 11 November is a public holiday (1 November is a Saturday), so the
        // 45th working day is Monday 8 December instead of Friday 5 December.
        assertThat(VisitPolicy.trialEndWithoutCalendar(LocalDate.parse("2025-10-06")))
                .isEqualTo(LocalDate.parse("2025-12-08"));
    }
}
