package org.trio.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.PeriodKind;
import org.trio.shared.PublicHolidays;

/** The pure rules of timetables: durations, overlaps, weeks, and whether a day is a CFA day of the calendar. */
final class TimetableRules {

    /** What is odd about the day of a session, if anything. */
    enum DayProblem {
        NO_CALENDAR,
        NOT_A_CFA_DAY,
        WEEKEND_OR_HOLIDAY
    }

    private TimetableRules() {}

    static int minutes(LocalTime start, LocalTime end) {
        return (int) ChronoUnit.MINUTES.between(start, end);
    }

    /** Whether [start1, end1) and [start2, end2) share time (sessions back to back do not). */
    static boolean overlaps(LocalTime start1, LocalTime end1, LocalTime start2, LocalTime end2) {
        return start1.isBefore(end2) && start2.isBefore(end1);
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The days Monday to Saturday of the week of {@code day}. */
    static List<LocalDate> weekDays(LocalDate day) {
        LocalDate monday = mondayOf(day);
        return java.util.stream.IntStream.range(0, 6).mapToObj(monday::plusDays).toList();
    }

    static Optional<PeriodKind> kindOn(List<AlternancePeriod> calendar, LocalDate day) {
        return calendar.stream()
                .filter(period -> period.contains(day))
                .map(AlternancePeriod::kind)
                .findFirst();
    }

    /**
     * Why a session should not be on this day, if it should not: a weekend day or public holiday, a day the cohort's
     * alternance calendar does not put at the CFA, or a cohort without calendar.
     */
    static Optional<DayProblem> dayProblem(List<AlternancePeriod> calendar, LocalDate day) {
        if (!PublicHolidays.isWorkingDay(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            return Optional.of(DayProblem.WEEKEND_OR_HOLIDAY);
        }
        if (calendar.isEmpty()) {
            return Optional.of(DayProblem.NO_CALENDAR);
        }
        return kindOn(calendar, day).filter(kind -> kind == PeriodKind.CFA).isPresent()
                ? Optional.empty()
                : Optional.of(DayProblem.NOT_A_CFA_DAY);
    }
}
