package org.trio.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.CompanyStay;
import org.trio.calendar.NewPeriod;
import org.trio.calendar.PeriodKind;

/**
 * Gives a test its own finished stay in the company: a past week of the contract without period return nor own
 * period, turned into telework for the employer between two weeks at the CFA, so that tests sharing the demo database
 * never write the same return.
 */
public final class CompanyWeeks {

    private CompanyWeeks() {}

    /** The stay in the company (as the calendar joins it) that contains the week prepared for the test. */
    public static CompanyStay freshStay(
            JdbcClient jdbc, CalendarManagement calendars, long contractId, LocalDate today, int weeksBackFrom) {
        LocalDate start = jdbc.sql("select start_date from contract.apprenticeship_contract where id = ?")
                .param(contractId)
                .query(LocalDate.class)
                .single();
        for (int back = weeksBackFrom; back < weeksBackFrom + 40; back++) {
            LocalDate monday = today.minusWeeks(back).with(DayOfWeek.MONDAY);
            LocalDate sunday = monday.plusDays(6);
            if (monday.minusWeeks(1).isBefore(start)) {
                break;
            }
            boolean written = jdbc.sql("select exists (select 1 from booklet.entry where contract_id = ? and kind ="
                            + " 'PERIOD_RETURN' and period_start <= ? and period_end >= ?)")
                    .params(contractId, sunday, monday)
                    .query(Boolean.class)
                    .single();
            boolean own = calendars.contractCalendar(contractId).stream()
                    .filter(period -> period.contractId() != null)
                    .anyMatch(period -> !period.end().isBefore(monday.minusDays(7))
                            && !period.start().isAfter(sunday.plusDays(7)));
            if (!written && !own) {
                fence(calendars, contractId, monday.minusDays(7));
                calendars.addContractPeriod(contractId, new NewPeriod(PeriodKind.TELEWORK, monday, sunday, null));
                fence(calendars, contractId, monday.plusDays(7));
                return new CompanyStay(contractId, monday, sunday);
            }
        }
        throw new IllegalStateException("Aucune semaine libre pour le contrat " + contractId);
    }

    /** Makes the week from {@code monday} a week at the CFA unless it already is (or exams), so the stay stops there. */
    private static void fence(CalendarManagement calendars, long contractId, LocalDate monday) {
        boolean closed = calendars
                .kindOn(contractId, monday.plusDays(2))
                .map(kind -> kind == PeriodKind.CFA || kind == PeriodKind.EXAM)
                .orElse(false);
        if (!closed) {
            calendars.addContractPeriod(contractId, new NewPeriod(PeriodKind.CFA, monday, monday.plusDays(6), null));
        }
    }
}
