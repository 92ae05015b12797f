package org.trio.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/**
 * The secretariat, on a phone, changes a period of a contract's calendar from the calendar page: an overlap is refused
 * with the error next to the field and in the summary, the change is saved, then the period is deleted.
 */
@TrioIntegrationTest
class CalendarPeriodBrowserIntegrationTests extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendars;

    @Test
    void changesThenDeletesAContractPeriodOnAPhone() {
        long contract = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
        LocalDate end = jdbc.sql("select end_date from contract.apprenticeship_contract where id = ?")
                .param(contract)
                .query(LocalDate.class)
                .single();
        List<AlternancePeriod> own = calendars.contractCalendar(contract).stream()
                .filter(period -> period.contractId() != null)
                .toList();
        LocalDate monday = end.minusMonths(3).with(DayOfWeek.MONDAY);
        while (true) {
            LocalDate from = monday;
            if (own.stream()
                    .noneMatch(p -> !p.end().isBefore(from) && !p.start().isAfter(from.plusDays(35)))) {
                break;
            }
            monday = monday.minusWeeks(1);
        }
        long first = calendars.addContractPeriod(
                contract, new NewPeriod(PeriodKind.TELEWORK, monday, monday.plusDays(4), "Télétravail"));
        long second = calendars.addContractPeriod(
                contract, new NewPeriod(PeriodKind.CFA, monday.plusDays(14), monday.plusDays(18), null));

        openPhone();
        login(Role.SECRETARIAT);
        page.navigate(url("/calendar/contracts/" + contract));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Modifier la période du " + DAY.format(monday)))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Modifier la période du " + DAY.format(monday))))
                .isVisible();
        page.getByLabel("Fin de la période").fill(monday.plusDays(16).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la période"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Début de la période : elle chevauche une période déjà saisie de ce calendrier.");
        org.assertj.core.api.Assertions.assertThat(
                        calendars.period(first).orElseThrow().end())
                .isEqualTo(monday.plusDays(4));
        screenshot("1-chevauchement-telephone");

        page.getByLabel("Fin de la période").fill(monday.plusDays(11).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la période"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La période a été modifiée.");
        org.assertj.core.api.Assertions.assertThat(
                        calendars.period(first).orElseThrow().end())
                .isEqualTo(monday.plusDays(11));
        screenshot("2-periode-modifiee-telephone");

        page.onDialog(dialog -> dialog.accept());
        for (long id : List.of(first, second)) {
            AlternancePeriod period = calendars.period(id).orElseThrow();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Supprimer la période du " + DAY.format(period.start())))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("La période a été supprimée.");
        }
        org.assertj.core.api.Assertions.assertThat(calendars.period(first)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(calendars.period(second)).isEmpty();
    }
}
