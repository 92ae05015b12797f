package org.trio.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.PeriodKind;

/**
 * An alternance calendar laid out as month grids (weeks from Monday to Sunday), as the calendar pages show them: each
 * day with what the apprentice does then.
 */
public record MonthGrid(YearMonth month, String title, List<List<Day>> weeks) {

    /** A day of the grid; {@code date} is null for the blank cells before the first and after the last day. */
    public record Day(
            @Nullable LocalDate date,
            @Nullable PeriodKind kind,
            @Nullable String label,
            boolean today) {

        public boolean blank() {
            return date == null;
        }

        public boolean weekend() {
            return date != null
                    && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
        }
    }

    /** The months from the first to the last period of the calendar (at most {@code limit} months). */
    static List<MonthGrid> of(List<AlternancePeriod> calendar, LocalDate today, int limit) {
        if (calendar.isEmpty()) {
            return List.of();
        }
        YearMonth first = YearMonth.from(calendar.stream()
                .map(AlternancePeriod::start)
                .min(LocalDate::compareTo)
                .orElseThrow());
        YearMonth last = YearMonth.from(calendar.stream()
                .map(AlternancePeriod::end)
                .max(LocalDate::compareTo)
                .orElseThrow());
        List<MonthGrid> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last) && months.size() < limit; month = month.plusMonths(1)) {
            months.add(month(month, calendar, today));
        }
        return months;
    }

    static MonthGrid month(YearMonth month, List<AlternancePeriod> calendar, LocalDate today) {
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < offset; i++) {
            week.add(new Day(null, null, null, false));
        }
        for (int dayOfMonth = 1; dayOfMonth <= month.lengthOfMonth(); dayOfMonth++) {
            LocalDate date = month.atDay(dayOfMonth);
            AlternancePeriod period = CalendarRules.periodOn(calendar, date).orElse(null);
            week.add(new Day(
                    date,
                    period == null ? null : period.kind(),
                    period == null ? null : period.label(),
                    date.equals(today)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, null, null, false));
            }
            weeks.add(week);
        }
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE);
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
        return new MonthGrid(month, title, weeks);
    }
}
