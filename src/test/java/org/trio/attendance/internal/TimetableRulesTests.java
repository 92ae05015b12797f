package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.PeriodKind;

class TimetableRulesTests {

    private static final List<AlternancePeriod> CALENDAR = List.of(
            new AlternancePeriod(
                    1, 7L, null, PeriodKind.CFA, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15), "CFA"),
            new AlternancePeriod(
                    2, 7L, null, PeriodKind.COMPANY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29), "Ent."));

    @Test
    void seesNoOverlapBetweenSessionsBackToBack() {
        assertThat(TimetableRules.overlaps(
                        LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(12, 0), LocalTime.of(13, 0)))
                .isFalse();
        assertThat(TimetableRules.overlaps(
                        LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .isTrue();
    }

    @Test
    void acceptsAWorkingDayAtTheCfa() {
        assertThat(TimetableRules.dayProblem(CALENDAR, LocalDate.of(2026, 11, 10)))
                .isEmpty();
    }

    @Test
    void warnsOfADayInTheCompany() {
        assertThat(TimetableRules.dayProblem(CALENDAR, LocalDate.of(2026, 11, 17)))
                .contains(TimetableRules.DayProblem.NOT_A_CFA_DAY);
    }

    @Test
    void warnsOfAPublicHolidayEvenInACfaWeek() {
        assertThat(TimetableRules.dayProblem(CALENDAR, LocalDate.of(2026, 11, 11)))
                .contains(TimetableRules.DayProblem.WEEKEND_OR_HOLIDAY);
    }

    @Test
    void warnsWhenTheCohortHasNoCalendar() {
        assertThat(TimetableRules.dayProblem(List.of(), LocalDate.of(2026, 11, 10)))
                .contains(TimetableRules.DayProblem.NO_CALENDAR);
    }

    @Test
    void givesTheDaysOfTheWeekFromMondayToSaturday() {
        assertThat(TimetableRules.weekDays(LocalDate.of(2026, 11, 26))).first().isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(TimetableRules.weekDays(LocalDate.of(2026, 11, 26)))
                .hasSize(6)
                .last()
                .isEqualTo(LocalDate.of(2026, 11, 28));
    }
}
