package org.trio.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttendanceSummaryTests {

    /**
     * Four sessions of 3 h 30 (210 min), one of them at distance: present at distance, 30 minutes late, absent
     * without justification, excused.
     */
    private static final AttendanceSummary FOUR_SESSIONS =
            new AttendanceSummary(4, 840, 390, 210, 210, 420, 210, 0, 210, 2, 1, 1, 30);

    @Test
    void computesTheCompletionRateAsRealisedOverPlanned() {
        assertThat(FOUR_SESSIONS.completionRate()).isEqualByComparingTo("0.4643");
        assertThat(FOUR_SESSIONS.plannedHours()).isEqualByComparingTo("14.00");
        assertThat(FOUR_SESSIONS.realisedHours()).isEqualByComparingTo("6.50");
    }

    @Test
    void computesAbsenteeismWithAndWithoutJustifiedAbsences() {
        assertThat(FOUR_SESSIONS.absenteeismRate()).isEqualByComparingTo("0.5000");
        assertThat(FOUR_SESSIONS.unjustifiedAbsenteeismRate()).isEqualByComparingTo("0.2500");
    }

    @Test
    void computesTheDistanceShareOfThePlannedTime() {
        assertThat(FOUR_SESSIONS.distanceShare()).isEqualByComparingTo("0.2500");
        assertThat(FOUR_SESSIONS.mostlyAtDistance()).isFalse();
    }

    @Test
    void flagsATrainingAtLeastEightyPercentAtDistance() {
        AttendanceSummary eighty = new AttendanceSummary(5, 500, 500, 400, 400, 0, 0, 0, 0, 0, 0, 0, 0);
        AttendanceSummary seventyNine = new AttendanceSummary(5, 500, 500, 395, 395, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(eighty.mostlyAtDistance()).isTrue();
        assertThat(seventyNine.mostlyAtDistance()).isFalse();
    }

    @Test
    void hasNoRatesWhenNothingWasPlanned() {
        assertThat(AttendanceSummary.EMPTY.completionRate()).isNull();
        assertThat(AttendanceSummary.EMPTY.absenteeismRate()).isNull();
        assertThat(AttendanceSummary.EMPTY.distanceShare()).isNull();
        assertThat(AttendanceSummary.EMPTY.mostlyAtDistance()).isFalse();
    }

    @Test
    void addsSummariesField() {
        AttendanceSummary twice = FOUR_SESSIONS.plus(FOUR_SESSIONS);
        assertThat(twice.plannedMinutes()).isEqualTo(1680);
        assertThat(twice.lateArrivals()).isEqualTo(2);
        assertThat(twice.completionRate()).isEqualByComparingTo(FOUR_SESSIONS.completionRate());
    }

    @Test
    void writesMinutesAsHoursWithTwoDecimals() {
        assertThat(AttendanceSummary.hours(90)).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(AttendanceSummary.hours(10)).isEqualByComparingTo(new BigDecimal("0.17"));
    }
}
