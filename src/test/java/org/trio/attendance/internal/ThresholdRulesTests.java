package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.attendance.ThresholdKind;

class ThresholdRulesTests {

    private static final ThresholdKind HOURS = ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH;
    private static final List<ThresholdRules.Row> ROWS = List.of(
            new ThresholdRules.Row(1, null, null, HOURS, new BigDecimal("7"), LocalDate.of(2000, 1, 1), null),
            new ThresholdRules.Row(2, 10L, null, HOURS, new BigDecimal("10"), LocalDate.of(2026, 9, 1), null),
            new ThresholdRules.Row(
                    3, 10L, 5L, HOURS, new BigDecimal("4"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31)),
            new ThresholdRules.Row(4, 10L, 5L, HOURS, new BigDecimal("5"), LocalDate.of(2026, 11, 1), null));

    @Test
    void prefersTheCfasOwnThresholdInForceThatDay() {
        assertThat(ThresholdRules.applicable(ROWS, HOURS, 10, 5, LocalDate.of(2026, 10, 15)))
                .map(ThresholdRules.Row::value)
                .contains(new BigDecimal("4"));
        assertThat(ThresholdRules.applicable(ROWS, HOURS, 10, 5, LocalDate.of(2026, 11, 30)))
                .map(ThresholdRules.Row::value)
                .contains(new BigDecimal("5"));
    }

    @Test
    void fallsBackOnTheNetworkThenOnTheDefault() {
        assertThat(ThresholdRules.applicable(ROWS, HOURS, 10, 6, LocalDate.of(2026, 11, 30)))
                .map(ThresholdRules.Row::value)
                .contains(new BigDecimal("10"));
        assertThat(ThresholdRules.applicable(ROWS, HOURS, 10, 6, LocalDate.of(2026, 8, 31)))
                .map(ThresholdRules.Row::value)
                .contains(new BigDecimal("7"));
        assertThat(ThresholdRules.applicable(ROWS, HOURS, 11, 9, LocalDate.of(2026, 11, 30)))
                .map(ThresholdRules.Row::value)
                .contains(new BigDecimal("7"));
    }

    @Test
    void findsNothingForAKindWithoutRows() {
        assertThat(ThresholdRules.applicable(
                        ROWS, ThresholdKind.LATE_ARRIVALS_PER_MONTH, 10, 5, LocalDate.of(2026, 11, 30)))
                .isEmpty();
    }

    @Test
    void reachesTheThresholdFromItsValueOn() {
        assertThat(ThresholdRules.reached(new BigDecimal("7.00"), new BigDecimal("7")))
                .isTrue();
        assertThat(ThresholdRules.reached(new BigDecimal("6.99"), new BigDecimal("7")))
                .isFalse();
    }
}
