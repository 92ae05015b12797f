package org.trio.contract;

import java.time.LocalDate;
import java.time.Month;

/**
 * The period of a contract in which a rupture happened, as the network's rupture analysis defines them (seed 002):
 * <em>période d'essai</em> = within the first two months of the contract; <em>post-examen</em> = a contract of at least
 * ten months broken between June and August; <em>intermédiaire</em> = the rest. Not to be confused with the legal trial
 * period (45 days of practical training in the company).
 */
public enum AnalysisPeriod {
    TRIAL,
    INTERMEDIATE,
    POST_EXAM;

    /**
     * Classifies a rupture.
     *
     * @param contractStart first day of the contract
     * @param plannedEnd planned last day of the contract
     * @param ruptureDate the rupture date
     */
    public static AnalysisPeriod of(LocalDate contractStart, LocalDate plannedEnd, LocalDate ruptureDate) {
        if (ruptureDate.isBefore(contractStart.plusMonths(2))) {
            return TRIAL;
        }
        boolean atLeastTenMonths = !plannedEnd.plusDays(1).isBefore(contractStart.plusMonths(10));
        Month month = ruptureDate.getMonth();
        boolean summer = month == Month.JUNE || month == Month.JULY || month == Month.AUGUST;
        return atLeastTenMonths && summer ? POST_EXAM : INTERMEDIATE;
    }

    public String messageKey() {
        return "analysis.period." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
