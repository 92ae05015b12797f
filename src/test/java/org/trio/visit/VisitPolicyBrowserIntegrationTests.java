package org.trio.visit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/**
 * The CFA's director adds a visit to the policy from the visits page, in a browser: every field is reached by its label
 * within the fieldset of its visit, a wrong number of months is refused in the error summary, then the policy is saved
 * (for contracts starting in three years, so that no running contract of the demo network changes).
 */
@TrioIntegrationTest
class VisitPolicyBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Clock clock;

    private Locator visit(int number) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Visite " + number));
    }

    @Test
    void letsTheDirectorAddAVisitToTheCfasPolicy() {
        LocalDate from = LocalDate.now(clock).plusYears(3);

        openDesktop();
        login(Role.CFA_DIRECTOR);
        page.navigate(url("/visits"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Politique de visites"))
                .click();
        assertThat(page.locator("body")).containsText("Règles communes");
        assertThat(visit(1).getByLabel("Code")).hasValue("TRIAL");

        page.getByLabel("Contrats commençant à partir du").fill(from.toString());
        Locator fourth = visit(4);
        fourth.getByLabel("Code").fill("SUIVI");
        fourth.getByLabel("Visite due").fill("Visite de suivi au sixième mois");
        fourth.getByLabel("Fenêtre ouverte à partir de").selectOption("START");
        fourth.getByLabel("Décalage (mois)").first().fill("60");
        fourth.getByLabel("Fenêtre fermée à").selectOption("START");
        fourth.getByLabel("Décalage (mois)").last().fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Visite 4, décalage d'ouverture : entre -24 et 48 mois.");
        assertThat(visit(4).getByLabel("Code")).hasValue("SUIVI");
        screenshot("1-politique-erreur");

        visit(4).getByLabel("Décalage (mois)").first().fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Politique enregistrée : 4 visite(s) due(s)");
        // not in force yet: announced, and the form starts from these rules
        assertThat(page.locator("#politique-a-venir")).containsText("SUIVI · Visite de suivi au sixième mois");
        assertThat(visit(4).getByLabel("Visite due")).hasValue("Visite de suivi au sixième mois");
        assertThat(page.getByLabel("Contrats commençant à partir du"))
                .hasValue(from.plusDays(1).toString());
        screenshot("2-politique-enregistree");
    }
}
