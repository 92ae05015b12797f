package org.trio.calendar.internal;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.CompanyDaysCalendar;

/**
 * Answers the contract module's question "how many days of practical training in the company between two days?" from
 * the contract's alternance calendar, so that the legal trial period (45 company days) is computed, not estimated,
 * whenever the calendar covers the span.
 */
@Component
class CalendarCompanyDays implements CompanyDaysCalendar {

    private final CalendarManagement calendars;

    CalendarCompanyDays(CalendarManagement calendars) {
        this.calendars = calendars;
    }

    @Override
    public OptionalInt companyDays(long apprenticeId, long contractId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return OptionalInt.of(0);
        }
        return CalendarRules.companyDays(calendars.contractCalendar(contractId), from, to);
    }
}
