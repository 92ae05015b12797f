package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trio.attendance.AttendanceStatus;

class AttendanceRulesTests {

    @Test
    void countsAPresentApprenticeForTheWholeSession() {
        assertThat(AttendanceRules.minutes(210, AttendanceStatus.PRESENT, null))
                .isEqualTo(new AttendanceRules.LineMinutes(210, 210, 0, 0));
    }

    @Test
    void countsALateArrivalAsTheSessionMinusTheMinutesLate() {
        assertThat(AttendanceRules.minutes(210, AttendanceStatus.LATE, 30))
                .isEqualTo(new AttendanceRules.LineMinutes(210, 180, 0, 30));
    }

    @Test
    void capsTheMinutesLateAtTheSessionLength() {
        assertThat(AttendanceRules.minutes(60, AttendanceStatus.LATE, 90))
                .isEqualTo(new AttendanceRules.LineMinutes(60, 0, 0, 60));
    }

    @Test
    void countsAnAbsenceAndAnExcusedAbsenceAsNothingRealised() {
        assertThat(AttendanceRules.minutes(120, AttendanceStatus.ABSENT, null))
                .isEqualTo(new AttendanceRules.LineMinutes(120, 0, 120, 0));
        assertThat(AttendanceRules.minutes(120, AttendanceStatus.EXCUSED, 15))
                .isEqualTo(new AttendanceRules.LineMinutes(120, 0, 120, 0));
    }

    @Test
    void ignoresMinutesLateGivenWithAnotherStatus() {
        assertThat(AttendanceRules.minutes(120, AttendanceStatus.PRESENT, 20).late())
                .isZero();
    }

    @Test
    void refusesASessionWithoutDuration() {
        assertThatThrownBy(() -> AttendanceRules.minutes(0, AttendanceStatus.PRESENT, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Durée de séance invalide");
    }
}
