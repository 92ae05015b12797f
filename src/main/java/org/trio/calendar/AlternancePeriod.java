package org.trio.calendar;

import java.time.LocalDate;

/**
 * A period of an alternance calendar, from {@code start} to {@code end} included. It belongs to a cohort (the common
 * rhythm) or to a contract (an individual adjustment that overrides the cohort's calendar on its days).
 */
public record AlternancePeriod(
        long id, Long cohortId, Long contractId, PeriodKind kind, LocalDate start, LocalDate end, String label) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
