package org.trio.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The alternance calendars of cohorts and contracts. */
public interface CalendarManagement {

    /** The cohort's periods, in date order. */
    List<AlternancePeriod> cohortCalendar(long cohortId);

    /**
     * The calendar that applies to a contract: the periods of its enrolment's cohort, replaced on their days by the
     * contract's own periods; in date order, without overlaps.
     */
    List<AlternancePeriod> contractCalendar(long contractId);

    /** Whether a calendar (cohort's or contract's own) is known for the contract. */
    boolean knowsCalendarOf(long contractId);

    /** What the apprentice of the contract does that day, if the calendar says. */
    Optional<PeriodKind> kindOn(long contractId, LocalDate day);

    /**
     * The day on which the apprentice completes {@code n} working days (Monday to Friday, public holidays excluded) of
     * practical training in the company, counted from {@code from}; empty when the calendar does not reach that far.
     */
    Optional<LocalDate> nthCompanyDay(long contractId, LocalDate from, int n);

    /** One period of a cohort's or a contract's own calendar. */
    Optional<AlternancePeriod> period(long periodId);

    /**
     * The company periods of the contract's calendar that end between {@code from} and {@code to} included, in date
     * order (contiguous company and telework periods joined): after each, the apprentice owes a period return.
     */
    List<CompanyStay> companyStaysEnding(long contractId, LocalDate from, LocalDate to);

    long addCohortPeriod(long cohortId, NewPeriod period);

    long addContractPeriod(long contractId, NewPeriod period);

    /**
     * Changes a period of a cohort's or a contract's own calendar; refused, with nothing changed, when it would end
     * before it starts, leave the cohort's school year (or the contract's dates) or overlap another period.
     */
    void updatePeriod(long periodId, NewPeriod period);

    void removePeriod(long periodId);
}
