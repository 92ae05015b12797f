package org.trio.contract;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * SPI: the alternance calendar of an apprentice, implemented by the module that owns it. The contract module asks it
 * how many days of practical training in the company lie in a span (the legal trial period is the first 45 of them);
 * when no implementation knows the calendar, the contract module estimates from the usual alternance rhythm and flags
 * the figure as estimated.
 */
public interface CompanyDaysCalendar {

    /**
     * The number of days the apprentice is expected in the company between two days, both included, or empty when the
     * calendar of this apprentice is not known.
     */
    OptionalInt companyDays(long apprenticeId, long contractId, LocalDate from, LocalDate to);
}
