package org.trio.booklet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.CompanyStay;
import org.trio.support.BrowserTest;
import org.trio.support.CompanyWeeks;

/**
 * The journey of a period return, on phones: the apprentice finds the return to write on their home and fills it; the
 * maître reads it in the livret and answers.
 */
@TrioIntegrationTest
class BookletJourneyBrowserIntegrationTests extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    Clock clock;

    @Test
    void letsTheApprenticeFillAPeriodReturnThatTheMaitreComments() {
        long contract = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
        CompanyStay stay = CompanyWeeks.freshStay(jdbc, calendars, contract, LocalDate.now(clock), 5);
        String task = "Remplir le retour de la période en entreprise du " + DAY.format(stay.start()) + " au "
                + DAY.format(stay.end());

        openPhone();
        login(Role.APPRENTICE);
        screenshot("1-accueil-apprenti");
        page.getByText(task).click();
        assertThat(page.getByLabel("Début de la période")).hasValue(stay.start().toString());
        page.getByLabel("Activités réalisées").fill("Pose d'un ballon d'eau chaude et de son groupe de sécurité.");
        page.getByLabel("Difficultés rencontrées").fill("Difficile de porter le ballon seul.");
        screenshot("2-retour-saisi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon retour"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre contribution a été publiée");
        assertThat(page.locator("body")).not().containsText(task);

        openPhone();
        login(Role.MENTOR);
        page.navigate(url("/booklet/contracts/" + contract));
        var entry = page.locator("li[id^=entree-]")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Pose d'un ballon d'eau chaude"))
                .first();
        assertThat(entry).containsText("Difficile de porter le ballon seul.");
        entry.getByText("Répondre").first().click();
        entry.getByLabel("Votre réponse").fill("Demande de l'aide à Paulo la prochaine fois, on en reparle lundi.");
        entry.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Publier la réponse"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre contribution a été publiée");
        assertThat(page.locator("body")).containsText("Demande de l'aide à Paulo la prochaine fois");
        screenshot("3-maitre-commente-telephone");

        // back on her phone, the apprentice sees that her maître has read her return
        String maitre = jdbc.sql("select display_name from access.account where username = 'maitre@demo.trio'")
                .query(String.class)
                .single();
        openPhone();
        login(Role.APPRENTICE);
        page.navigate(url("/booklet/contracts/" + contract));
        var read = page.locator("li[id^=entree-]")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Pose d'un ballon d'eau chaude"))
                .first();
        assertThat(read).containsText("Lu par");
        assertThat(read).containsText(maitre);
        screenshot("4-apprentie-voit-la-lecture-du-maitre");
    }
}
