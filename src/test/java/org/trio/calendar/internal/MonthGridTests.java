package org.trio.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.PeriodKind;

class MonthGridTests {

    private static AlternancePeriod period(PeriodKind kind, String start, String end) {
        return new AlternancePeriod(1, 10L, null, kind, LocalDate.parse(start), LocalDate.parse(end), null);
    }

    @Test
    void startsEachWeekOnMondayWithBlankCellsBeforeTheFirstDay() {
        // 1 September 2025 is a Monday, 1 October 2025 a Wednesday.
        MonthGrid october = MonthGrid.month(
                YearMonth.of(2025, 10), List.of(period(PeriodKind.CFA, "2025-09-29", "2025-10-05")), LocalDate.MIN);
        assertThat(october.title()).isEqualTo("Octobre 2025");
        assertThat(october.weeks().get(0))
                .extracting(MonthGrid.Day::blank)
                .containsExactly(true, true, false, false, false, false, false);
        assertThat(october.weeks().get(0).get(2).kind()).isEqualTo(PeriodKind.CFA);
        assertThat(october.weeks().get(1).get(0).kind()).isNull();
        assertThat(october.weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
    }

    @Test
    void coversEveryMonthFromTheFirstToTheLastPeriodAndMarksToday() {
        List<MonthGrid> months = MonthGrid.of(
                List.of(
                        period(PeriodKind.COMPANY, "2025-09-01", "2025-10-31"),
                        period(PeriodKind.EXAM, "2026-01-05", "2026-01-09")),
                LocalDate.parse("2025-10-15"),
                24);
        assertThat(months)
                .extracting(MonthGrid::title)
                .containsExactly("Septembre 2025", "Octobre 2025", "Novembre 2025", "Décembre 2025", "Janvier 2026");
        assertThat(months.get(1).weeks().stream().flatMap(List::stream).filter(MonthGrid.Day::today))
                .extracting(MonthGrid.Day::date)
                .containsExactly(LocalDate.parse("2025-10-15"));
    }
}
