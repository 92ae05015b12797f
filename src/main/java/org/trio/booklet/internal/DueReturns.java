package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.trio.booklet.BookletManagement;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.CompanyStay;
import org.trio.contract.ContractInfo;

/**
 * The period returns the apprentice owes: one for each stay in the company that the calendar says is over and whose
 * return is not written. A return is expected within a week of the stay's end.
 */
@Component
class DueReturns {

    static final int DAYS_TO_WRITE = 7;

    private final CalendarManagement calendars;
    private final BookletManagement booklets;
    private final Clock clock;

    DueReturns(CalendarManagement calendars, BookletManagement booklets, Clock clock) {
        this.calendars = calendars;
        this.booklets = booklets;
        this.clock = clock;
    }

    List<CompanyStay> of(ContractInfo contract) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = contract.lastDay().isBefore(today) ? contract.lastDay() : today.minusDays(1);
        if (until.isBefore(contract.startDate())) {
            return List.of();
        }
        List<LocalDate> written = booklets.periodReturnsWritten(contract.id());
        return calendars.companyStaysEnding(contract.id(), contract.startDate(), until).stream()
                .filter(stay -> !written.contains(stay.end()))
                .toList();
    }
}
