package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallCalendarTests {

    private static final CallPolicy DEFAULT = new CallPolicy(List.of(1, 3), 7, 6, 3, 10);

    @Test
    void plansTheFirstWeeksTheTrialEndMonthlyThenEveryTermUntilTheEnd() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        List<CallCalendar.PlannedDate> plan =
                CallCalendar.plan(DEFAULT, start, LocalDate.of(2027, 6, 30), LocalDate.of(2025, 11, 20));

        assertThat(plan)
                .containsExactly(
                        new CallCalendar.PlannedDate(LocalDate.of(2025, 9, 7), CallReason.EARLY_WEEK),
                        new CallCalendar.PlannedDate(LocalDate.of(2025, 9, 21), CallReason.EARLY_WEEK),
                        new CallCalendar.PlannedDate(LocalDate.of(2025, 10, 1), CallReason.MONTHLY),
                        new CallCalendar.PlannedDate(LocalDate.of(2025, 11, 1), CallReason.MONTHLY),
                        new CallCalendar.PlannedDate(LocalDate.of(2025, 11, 13), CallReason.TRIAL_END),
                        new CallCalendar.PlannedDate(LocalDate.of(2025, 12, 1), CallReason.MONTHLY),
                        new CallCalendar.PlannedDate(LocalDate.of(2026, 1, 1), CallReason.MONTHLY),
                        new CallCalendar.PlannedDate(LocalDate.of(2026, 2, 1), CallReason.MONTHLY),
                        new CallCalendar.PlannedDate(LocalDate.of(2026, 3, 1), CallReason.MONTHLY),
                        new CallCalendar.PlannedDate(LocalDate.of(2026, 6, 1), CallReason.TERM),
                        new CallCalendar.PlannedDate(LocalDate.of(2026, 9, 1), CallReason.TERM),
                        new CallCalendar.PlannedDate(LocalDate.of(2026, 12, 1), CallReason.TERM),
                        new CallCalendar.PlannedDate(LocalDate.of(2027, 3, 1), CallReason.TERM),
                        new CallCalendar.PlannedDate(LocalDate.of(2027, 6, 1), CallReason.TERM));
    }

    @Test
    void mergesCallsCloserThanTheGapIntoTheEarlierWithTheMostImportantReason() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        List<CallCalendar.PlannedDate> plan =
                CallCalendar.plan(DEFAULT, start, LocalDate.of(2026, 1, 31), LocalDate.of(2025, 11, 5));

        assertThat(plan).contains(new CallCalendar.PlannedDate(LocalDate.of(2025, 10, 29), CallReason.TRIAL_END));
        assertThat(plan).noneMatch(date -> date.due().equals(LocalDate.of(2025, 11, 1)));
    }

    @Test
    void neverPlansACallAfterTheEndOfAShortContract() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        LocalDate end = LocalDate.of(2025, 10, 15);
        List<CallCalendar.PlannedDate> plan = CallCalendar.plan(DEFAULT, start, end, LocalDate.of(2025, 11, 20));

        assertThat(plan)
                .isNotEmpty()
                .allMatch(date -> !date.due().isAfter(end) && !date.due().isBefore(start));
    }

    @Test
    void followsAPolicyWithoutEarlyWeeks() {
        CallPolicy monthlyOnly = new CallPolicy(List.of(), 0, 2, 6, 0);
        List<CallCalendar.PlannedDate> plan = CallCalendar.plan(
                monthlyOnly, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2025, 10, 20));

        assertThat(plan)
                .extracting(CallCalendar.PlannedDate::due)
                .containsExactly(
                        LocalDate.of(2025, 10, 1),
                        LocalDate.of(2025, 10, 20),
                        LocalDate.of(2025, 11, 1),
                        LocalDate.of(2026, 5, 1));
    }

    @Test
    void readsTheEarlyWeeksOfTheSettings() {
        assertThat(CallPolicy.parseWeeks(" 1, 3 ;5")).containsExactly(1, 3, 5);
        assertThat(CallPolicy.parseWeeks("")).isEmpty();
        assertThat(new CallPolicy(List.of(1, 3), 7, 6, 3, 10).earlyWeeksText()).isEqualTo("1,3");
    }

    @Test
    void countsTheTrialPeriodInWorkingDaysWhenTheCalendarIsUnknown() {
        // September 2025 has 22 working days from Monday the 1st, October 23: the 45th is Friday 31 October.
        assertThat(CallService.nthWorkingDay(LocalDate.of(2025, 9, 1), 45)).isEqualTo(LocalDate.of(2025, 10, 31));
        // From Friday 31 October, Tuesday 11 November (Armistice) is skipped.
        assertThat(CallService.nthWorkingDay(LocalDate.of(2025, 10, 31), 8)).isEqualTo(LocalDate.of(2025, 11, 12));
    }
}
