package org.trio.contract;

import java.time.LocalDate;

/**
 * An apprentice's status on a day and since when they have it.
 *
 * @param since the first day of the current run of this status
 */
public record StatusOnDay(
        long apprenticeId, long enrolmentId, ApprenticeStatus status, LocalDate day, LocalDate since) {

    /** Days spent in the status, the day itself included. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(since, day) + 1;
    }
}
