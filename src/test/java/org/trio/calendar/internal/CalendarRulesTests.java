package org.trio.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.PeriodKind;

class CalendarRulesTests {

    private static AlternancePeriod cohort(PeriodKind kind, String start, String end) {
        return new AlternancePeriod(1, 10L, null, kind, LocalDate.parse(start), LocalDate.parse(end), null);
    }

    private static AlternancePeriod contract(PeriodKind kind, String start, String end) {
        return new AlternancePeriod(2, null, 20L, kind, LocalDate.parse(start), LocalDate.parse(end), null);
    }

    @Test
    void replacesTheCohortsDaysCoveredByTheContractsOwnPeriods() {
        List<AlternancePeriod> merged = CalendarRules.merge(
                List.of(cohort(PeriodKind.CFA, "2025-09-01", "2025-09-14")),
                List.of(contract(PeriodKind.COMPANY, "2025-09-05", "2025-09-07")));
        assertThat(merged)
                .extracting(AlternancePeriod::kind, AlternancePeriod::start, AlternancePeriod::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                PeriodKind.CFA, LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-04")),
                        org.assertj.core.groups.Tuple.tuple(
                                PeriodKind.COMPANY, LocalDate.parse("2025-09-05"), LocalDate.parse("2025-09-07")),
                        org.assertj.core.groups.Tuple.tuple(
                                PeriodKind.CFA, LocalDate.parse("2025-09-08"), LocalDate.parse("2025-09-14")));
    }

    @Test
    void countsOnlyWorkingDaysInTheCompany() {
        List<AlternancePeriod> calendar = List.of(
                cohort(PeriodKind.COMPANY, "2025-09-01", "2025-09-07"),
                cohort(PeriodKind.CFA, "2025-09-08", "2025-09-14"),
                cohort(PeriodKind.COMPANY, "2025-09-15", "2025-09-28"));
        // 5 days the first week, none at the CFA, then the 6th on Monday 15 September.
        assertThat(CalendarRules.nthCompanyDay(calendar, LocalDate.parse("2025-09-01"), 5))
                .contains(LocalDate.parse("2025-09-05"));
        assertThat(CalendarRules.nthCompanyDay(calendar, LocalDate.parse("2025-09-01"), 6))
                .contains(LocalDate.parse("2025-09-15"));
        assertThat(CalendarRules.nthCompanyDay(calendar, LocalDate.parse("2025-09-01"), 16))
                .isEmpty();
    }

    @Test
    void skipsPublicHolidaysWhenCounting() {
        List<AlternancePeriod> calendar = List.of(cohort(PeriodKind.COMPANY, "2025-11-10", "2025-11-14"));
        // 11 November is a public holiday: the 4 working days end on Friday 14.
        assertThat(CalendarRules.nthCompanyDay(calendar, LocalDate.parse("2025-11-10"), 4))
                .contains(LocalDate.parse("2025-11-14"));
    }

    @Test
    void countsTeleworkAsCompanyTime() {
        List<AlternancePeriod> calendar = List.of(cohort(PeriodKind.TELEWORK, "2025-09-01", "2025-09-05"));
        assertThat(CalendarRules.nthCompanyDay(calendar, LocalDate.parse("2025-09-01"), 5))
                .contains(LocalDate.parse("2025-09-05"));
    }

    @Test
    void countsCompanyDaysOnlyWhenTheCalendarCoversTheWholeSpan() {
        List<AlternancePeriod> calendar = List.of(
                cohort(PeriodKind.COMPANY, "2025-09-01", "2025-09-07"),
                cohort(PeriodKind.CFA, "2025-09-08", "2025-09-14"));
        assertThat(CalendarRules.companyDays(calendar, LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-14")))
                .hasValue(5);
        assertThat(CalendarRules.companyDays(calendar, LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-15")))
                .isEmpty();
    }

    @Test
    void joinsCompanyPeriodsAcrossHolidaysUntilTheNextWeekAtTheCfa() {
        List<AlternancePeriod> calendar = List.of(
                cohort(PeriodKind.CFA, "2025-12-08", "2025-12-14"),
                cohort(PeriodKind.COMPANY, "2025-12-15", "2025-12-21"),
                cohort(PeriodKind.HOLIDAY, "2025-12-22", "2026-01-04"),
                cohort(PeriodKind.TELEWORK, "2026-01-05", "2026-01-11"),
                cohort(PeriodKind.CFA, "2026-01-12", "2026-01-18"),
                cohort(PeriodKind.COMPANY, "2026-01-19", "2026-01-25"));
        assertThat(CalendarRules.companyStays(20, calendar))
                .extracting(stay -> stay.start() + "/" + stay.end())
                .containsExactly("2025-12-15/2026-01-11", "2026-01-19/2026-01-25");
    }
}
