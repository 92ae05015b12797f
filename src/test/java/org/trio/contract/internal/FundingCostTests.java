package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.contract.RuptureLegalMode;

class FundingCostTests {

    private static final FundingCost.Rule BEFORE = new FundingCost.Rule(
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2025, 6, 30),
            FundingCost.Proration.STARTED_MONTH,
            "",
            80,
            20,
            new BigDecimal("4000"),
            null,
            null,
            null,
            null);
    private static final FundingCost.Rule FROM_JULY_2025 = new FundingCost.Rule(
            LocalDate.of(2025, 7, 1),
            null,
            FundingCost.Proration.DAILY,
            "40@0,30@7,20@10,10@END",
            80,
            20,
            new BigDecimal("4000"),
            "6,7",
            new BigDecimal("750"),
            new BigDecimal("200"),
            50);
    private static final List<FundingCost.Rule> RULES = List.of(BEFORE, FROM_JULY_2025);

    private static FundingCost.Facts facts(
            String npec, boolean distance, int level, LocalDate start, LocalDate rupture, RuptureLegalMode mode) {
        return new FundingCost.Facts(
                new BigDecimal(npec), distance, level, start, start.plusYears(1).minusDays(1), rupture, mode, false);
    }

    @Test
    void dueEveryStartedMonthForContractsBeforeJuly2025() {
        LocalDate start = LocalDate.of(2024, 9, 1);
        FundingCost.Cost cost = FundingCost.compute(
                FundingCost.ruleOn(RULES, start),
                facts("12000", false, 3, start, LocalDate.of(2024, 11, 2), RuptureLegalMode.MUTUAL_AGREEMENT));
        assertThat(cost.planned()).isEqualByComparingTo("12000");
        assertThat(cost.due()).isEqualByComparingTo("3000");
        assertThat(cost.lost()).isEqualByComparingTo("9000");
    }

    @Test
    void prorataByDayForContractsFromJuly2025() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        FundingCost.Cost cost = FundingCost.compute(
                FundingCost.ruleOn(RULES, start),
                facts("7300", false, 3, start, start.plusDays(73), RuptureLegalMode.MUTUAL_AGREEMENT));
        assertThat(cost.planned()).isEqualByComparingTo("7300");
        assertThat(cost.due()).isEqualByComparingTo("1460");
        assertThat(cost.lost()).isEqualByComparingTo("5840");
        assertThat(cost.employerContribution()).isEqualByComparingTo("0");
    }

    @Test
    void reducesTheNpecOfDistanceLearningWithoutGoingBelowTheFloor() {
        assertThat(FundingCost.effectiveNpec(FROM_JULY_2025, new BigDecimal("10000"), true))
                .isEqualByComparingTo("8000");
        assertThat(FundingCost.effectiveNpec(FROM_JULY_2025, new BigDecimal("4500"), true))
                .isEqualByComparingTo("4000");
        assertThat(FundingCost.effectiveNpec(FROM_JULY_2025, new BigDecimal("3500"), true))
                .isEqualByComparingTo("3500");
    }

    @Test
    void chargesLevelSixAndSevenEmployersHalfTheProrataCappedDuringTheTrialPeriod() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        FundingCost.Cost trial = FundingCost.compute(
                FROM_JULY_2025, facts("7300", false, 6, start, start.plusDays(30), RuptureLegalMode.TRIAL_PERIOD));
        assertThat(trial.employerContribution()).isEqualByComparingTo("300");
        FundingCost.Cost later = FundingCost.compute(
                FROM_JULY_2025, facts("7300", false, 7, start, start.plusDays(200), RuptureLegalMode.MUTUAL_AGREEMENT));
        assertThat(later.employerContribution()).isEqualByComparingTo("750");
    }

    @Test
    void countsStartedMonths() {
        LocalDate start = LocalDate.of(2024, 1, 31);
        assertThat(FundingCost.startedMonths(start, start)).isZero();
        assertThat(FundingCost.startedMonths(start, start.plusDays(1))).isEqualTo(1);
        assertThat(FundingCost.startedMonths(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 1)))
                .isEqualTo(2);
    }
}
