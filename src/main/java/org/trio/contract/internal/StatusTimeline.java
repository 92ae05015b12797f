package org.trio.contract.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trio.contract.ApprenticeStatus;

/**
 * The national dashboard's status rules (lifecycle.md §3) for one training session, as a pure function: the status of
 * every day, returned as change points (runs of equal status).
 *
 * <ol>
 *   <li>Every day from min(session start, first contract start) to the session end is INSCRIT by default.
 *   <li>A day covered by a contract is APPRENTI: from its start to its end, or to the day before its rupture.
 *   <li>From the exclusion date to the session end every day is ABANDON.
 *   <li>Counting consecutive days without a contract: one who has had a contract (a contract started on or before the
 *       day) is RUPTURANT while the count is at most 180, then ABANDON; one who never had one stays INSCRIT while the
 *       count is at most 90, then ABANDON.
 *   <li>When the last contract ended normally (no rupture, no exclusion) and the session ends within 60 days after it,
 *       the remaining INSCRIT/RUPTURANT days become FIN_DE_FORMATION; the last day of the session is FIN_DE_FORMATION
 *       when it was APPRENTI or INSCRIT, or when the last contract ended normally.
 *   <li>Before the first day: INSCRIT (the caller adds that leading run when it needs one).
 * </ol>
 */
final class StatusTimeline {

    static final int NEVER_CONTRACTED_TOLERANCE = 90;
    static final int TERMINATED_TOLERANCE = 180;
    static final int END_OF_TRAINING_WINDOW = 60;

    /** A contract as the rules see it: its first day, planned last day and rupture date (null when not broken). */
    record Span(LocalDate start, LocalDate end, LocalDate rupture) {

        LocalDate lastDay() {
            return rupture == null ? end : rupture.minusDays(1);
        }
    }

    /** A run of days with the same status, both ends included. */
    record Period(ApprenticeStatus status, LocalDate from, LocalDate to) {}

    private StatusTimeline() {}

    /**
     * The status of every day of the session as runs, from the first day (min of session start and first contract
     * start) to the session end.
     */
    static List<Period> compute(
            LocalDate sessionStart, LocalDate sessionEnd, LocalDate exclusion, List<Span> contracts) {
        List<Span> sorted =
                contracts.stream().sorted(Comparator.comparing(Span::start)).toList();
        LocalDate first = sorted.isEmpty() || !sorted.get(0).start().isBefore(sessionStart)
                ? sessionStart
                : sorted.get(0).start();
        if (sessionEnd.isBefore(first)) {
            return List.of();
        }
        int days = (int) ChronoUnit.DAYS.between(first, sessionEnd) + 1;
        boolean[] covered = new boolean[days];
        int firstContractDay = Integer.MAX_VALUE;
        for (Span span : sorted) {
            firstContractDay = Math.min(firstContractDay, index(first, span.start()));
            int from = Math.max(0, index(first, span.start()));
            int to = Math.min(days - 1, index(first, span.lastDay()));
            for (int day = from; day <= to; day++) {
                covered[day] = true;
            }
        }
        ApprenticeStatus[] status = new ApprenticeStatus[days];
        int withoutContract = 0;
        for (int day = 0; day < days; day++) {
            if (covered[day]) {
                status[day] = ApprenticeStatus.APPRENTICE;
                withoutContract = 0;
                continue;
            }
            withoutContract++;
            boolean hadContract = day >= firstContractDay;
            if (hadContract) {
                status[day] = withoutContract <= TERMINATED_TOLERANCE
                        ? ApprenticeStatus.TERMINATED
                        : ApprenticeStatus.DROPOUT;
            } else {
                status[day] = withoutContract <= NEVER_CONTRACTED_TOLERANCE
                        ? ApprenticeStatus.WITHOUT_CONTRACT
                        : ApprenticeStatus.DROPOUT;
            }
        }
        int excludedFrom = exclusion == null ? days : Math.max(0, index(first, exclusion));
        for (int day = excludedFrom; day < days; day++) {
            status[day] = ApprenticeStatus.DROPOUT;
        }
        applyEndOfTraining(status, first, sessionEnd, exclusion, sorted);
        return runs(status, first);
    }

    private static void applyEndOfTraining(
            ApprenticeStatus[] status, LocalDate first, LocalDate sessionEnd, LocalDate exclusion, List<Span> sorted) {
        int last = status.length - 1;
        Span lastContract =
                sorted.stream().max(Comparator.comparing(Span::lastDay)).orElse(null);
        boolean endedNormally = lastContract != null && lastContract.rupture() == null && exclusion == null;
        if (endedNormally && !sessionEnd.isAfter(lastContract.end().plusDays(END_OF_TRAINING_WINDOW))) {
            for (int day = Math.max(0, index(first, lastContract.end()) + 1); day <= last; day++) {
                if (status[day] == ApprenticeStatus.WITHOUT_CONTRACT || status[day] == ApprenticeStatus.TERMINATED) {
                    status[day] = ApprenticeStatus.TRAINING_ENDED;
                }
            }
        }
        if (status[last] == ApprenticeStatus.APPRENTICE
                || status[last] == ApprenticeStatus.WITHOUT_CONTRACT
                || endedNormally) {
            status[last] = ApprenticeStatus.TRAINING_ENDED;
        }
    }

    private static List<Period> runs(ApprenticeStatus[] status, LocalDate first) {
        List<Period> periods = new ArrayList<>();
        int runStart = 0;
        for (int day = 1; day <= status.length; day++) {
            if (day == status.length || status[day] != status[runStart]) {
                periods.add(new Period(status[runStart], first.plusDays(runStart), first.plusDays(day - 1L)));
                runStart = day;
            }
        }
        return periods;
    }

    private static int index(LocalDate first, LocalDate day) {
        long index = ChronoUnit.DAYS.between(first, day);
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, index));
    }

    /** The status of one day in a list of runs; before the first run, INSCRIT; after the last, none. */
    static ApprenticeStatus statusOn(List<Period> periods, LocalDate day) {
        if (periods.isEmpty() || day.isBefore(periods.get(0).from())) {
            return ApprenticeStatus.WITHOUT_CONTRACT;
        }
        for (Period period : periods) {
            if (!day.isBefore(period.from()) && !day.isAfter(period.to())) {
                return period.status();
            }
        }
        return null;
    }
}
