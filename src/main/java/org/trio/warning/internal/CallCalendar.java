package org.trio.warning.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The planned calls of one contract under a {@link CallPolicy}: the early weeks, a call a few days before the end of
 * the trial period, then monthly, then every term until the contract ends. Calls closer than the policy's minimum gap
 * are merged into the earlier one, which keeps the most important reason. A pure function.
 */
final class CallCalendar {

    private CallCalendar() {}

    record PlannedDate(LocalDate due, CallReason reason) {}

    /**
     * @param start the first day of the contract
     * @param end the planned last day of the contract
     * @param trialEnd the last day of the trial period (45 days of practical training in the company)
     */
    static List<PlannedDate> plan(CallPolicy policy, LocalDate start, LocalDate end, LocalDate trialEnd) {
        List<PlannedDate> dates = new ArrayList<>();
        for (int week : policy.earlyWeeks()) {
            if (week >= 1) {
                dates.add(new PlannedDate(start.plusWeeks(week).minusDays(1), CallReason.EARLY_WEEK));
            }
        }
        LocalDate beforeTrialEnd = trialEnd.minusDays(policy.trialEndNoticeDays());
        dates.add(new PlannedDate(beforeTrialEnd.isBefore(start) ? start : beforeTrialEnd, CallReason.TRIAL_END));
        for (int month = 1; month <= policy.monthlyMonths(); month++) {
            dates.add(new PlannedDate(start.plusMonths(month), CallReason.MONTHLY));
        }
        for (int month = policy.monthlyMonths() + policy.termMonths(); ; month += policy.termMonths()) {
            LocalDate due = start.plusMonths(month);
            if (due.isAfter(end)) {
                break;
            }
            dates.add(new PlannedDate(due, CallReason.TERM));
        }
        List<PlannedDate> sorted = dates.stream()
                .filter(date -> !date.due().isBefore(start) && !date.due().isAfter(end))
                .sorted(Comparator.comparing(PlannedDate::due).thenComparing(PlannedDate::reason))
                .toList();
        List<PlannedDate> merged = new ArrayList<>();
        for (PlannedDate date : sorted) {
            if (!merged.isEmpty()) {
                PlannedDate last = merged.get(merged.size() - 1);
                if (ChronoUnit.DAYS.between(last.due(), date.due()) < policy.minGapDays()) {
                    if (date.reason().compareTo(last.reason()) < 0) {
                        merged.set(merged.size() - 1, new PlannedDate(last.due(), date.reason()));
                    }
                    continue;
                }
            }
            merged.add(date);
        }
        return merged;
    }
}
