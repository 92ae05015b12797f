package org.trio.warning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.trio.contract.StatusOnDay;
import org.trio.shared.DateRange;

/** The date rules of the automatic signals and of the lists of things due, as pure functions of a given day. */
final class TimeRules {

    private TimeRules() {}

    /** The days a contract covered: from its start to its end, or to the day before its rupture. */
    record ContractSpan(LocalDate start, LocalDate lastDay) {}

    /**
     * A run of days without contract up to a day.
     *
     * @param since the first day without contract
     * @param afterContract whether a contract of this training ended before (rupturant), or none ever started
     */
    record NoContractRun(LocalDate since, boolean afterContract) {}

    /** The week (Monday to Sunday) holding the day. */
    static DateRange weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    /** A planned call still not made {@code overdueDays} days after it was due. */
    static boolean callOverdue(LocalDate due, LocalDate day, int overdueDays) {
        return day.isAfter(due.plusDays(overdueDays));
    }

    /** A call or an action due before the day and not done. */
    static boolean late(LocalDate due, LocalDate day) {
        return due.isBefore(day);
    }

    /**
     * The run of days without contract of a young person in training on a day, or empty when a contract covers the
     * day or the training has not started.
     */
    static Optional<NoContractRun> runWithoutContract(
            LocalDate trainingStart, Collection<ContractSpan> contracts, LocalDate day) {
        if (day.isBefore(trainingStart)) {
            return Optional.empty();
        }
        boolean covered = contracts.stream()
                .anyMatch(contract -> !day.isBefore(contract.start()) && !day.isAfter(contract.lastDay()));
        if (covered) {
            return Optional.empty();
        }
        Optional<ContractSpan> previous = contracts.stream()
                .filter(contract ->
                        contract.lastDay().isBefore(day) && !contract.lastDay().isBefore(trainingStart))
                .max(Comparator.comparing(ContractSpan::lastDay));
        return Optional.of(
                previous.map(contract -> new NoContractRun(contract.lastDay().plusDays(1), true))
                        .orElseGet(() -> new NoContractRun(trainingStart, false)));
    }

    /**
     * The run without contract the contract module's daily status describes (the national dashboard's "inscrit sans
     * contrat" and "rupturant"), or empty for any other status.
     */
    static Optional<NoContractRun> runOf(StatusOnDay status) {
        return switch (status.status()) {
            case WITHOUT_CONTRACT -> Optional.of(new NoContractRun(status.since(), false));
            case TERMINATED -> Optional.of(new NoContractRun(status.since(), true));
            default -> Optional.empty();
        };
    }

    /**
     * Whether a run without contract calls for a signal on the day: after {@code monthsNever} months for a young person
     * who never had a contract in this training, after {@code monthsAfterRupture} months after a contract ended.
     */
    static boolean noContractSignalDue(NoContractRun run, LocalDate day, int monthsNever, int monthsAfterRupture) {
        int months = run.afterContract() ? monthsAfterRupture : monthsNever;
        return !day.isBefore(run.since().plusMonths(months));
    }

    /**
     * The day from which a livret counts as silent, if it is silent on the day: no entry for {@code weeks} weeks since
     * the last entry, or since the contract started when nothing was ever written.
     */
    static Optional<LocalDate> silentBookletSince(
            @Nullable LocalDate lastEntry, LocalDate contractStart, LocalDate day, int weeks) {
        LocalDate reference = lastEntry == null || lastEntry.isBefore(contractStart) ? contractStart : lastEntry;
        return day.isBefore(reference.plusWeeks(weeks)) ? Optional.empty() : Optional.of(reference);
    }
}
