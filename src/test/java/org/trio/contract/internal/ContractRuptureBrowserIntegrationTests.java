package org.trio.contract.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/**
 * The direction records a contract through the form (checked as it is typed), then its rupture, and sees the status
 * history and the rupture analysis change.
 */
@TrioIntegrationTest
class ContractRuptureBrowserIntegrationTests extends BrowserTest {

    @Autowired
    ContractFixtures fixtures;

    @Test
    void recordsAContractAndARuptureAndSeesTheStatusAndTheAnalysisChange() {
        long apprentice = fixtures.apprentice(LocalDate.of(2003, 4, 12));
        long enrolment = fixtures.enrol(apprentice, LocalDate.of(2023, 9, 4), LocalDate.of(2025, 6, 30));
        ContractFixtures.Company company = fixtures.company();
        String analysis = "/ruptures/analysis?schoolYear=2023&cfaId=" + fixtures.demoCfa();
        openDesktop();
        login(Role.CFA_DIRECTOR);
        page.navigate(url(analysis));
        long before = ruptures();

        page.navigate(url("/enrolments/" + enrolment + "/contracts/new"));
        page.getByLabel("SIRET de l'employeur").fill(company.employer().siret());
        page.getByLabel("SIRET de l'employeur").press("Tab");
        page.locator("#mentor1Id option[value='" + company.mentor1() + "']")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.locator("#mentor1Id").selectOption(Long.toString(company.mentor1()));
        page.getByLabel("Date de conclusion").fill("2023-08-25");
        page.getByLabel("Date de début d'exécution").fill("2023-09-04");
        page.getByLabel("Début de la formation pratique chez l'employeur").fill("2023-09-04");
        page.getByLabel("Date de fin du contrat").fill("2023-12-31");
        page.getByLabel("Date de fin du contrat").press("Tab");
        assertThat(page.locator("#checks")).containsText("au moins 6 mois");
        page.getByLabel("Date de fin du contrat").fill("2025-08-31");
        page.getByLabel("Date de fin du contrat").press("Tab");
        assertThat(page.locator("#checks")).containsText("Rémunération minimale");
        screenshot("contrat-saisie");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Enregistrer le contrat"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .containsText("Contrat d'apprentissage");

        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Enregistrer une rupture"))
                .click();
        page.getByLabel("Date de rupture").fill("2024-01-15");
        page.getByLabel("À l'initiative de").selectOption("MUTUAL");
        page.getByLabel("Cadre légal").selectOption("MUTUAL_AGREEMENT");
        page.getByLabel("Motif exprimé par l'entreprise")
                .selectOption(new SelectOption().setLabel("Mauvais choix d'orientation"));
        page.getByLabel("Motif validé par le CFA")
                .selectOption(new SelectOption().setLabel("Erreur d'orientation / changement d'orientation"));
        assertThat(page.getByTestId("analysis-period")).containsText("Période intermédiaire");
        screenshot("rupture-saisie");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Enregistrer la rupture"))
                .click();
        assertThat(page.getByTestId("rupture-summary")).containsText("Contrat rompu le 15/01/2024");

        page.navigate(url("/apprentices/" + apprentice + "/training"));
        assertThat(page.locator("details")).containsText("Rupturant");
        screenshot("formation-et-contrats");

        page.navigate(url(analysis));
        org.assertj.core.api.Assertions.assertThat(ruptures()).isEqualTo(before + 1);
        assertThat(page.locator("canvas[data-trio-chart='structures']")).isVisible();
        screenshot("analyse-ruptures");
    }

    @Test
    void showsTheHeadcountsOnAPhone() {
        openPhone();
        login(Role.CFA_DIRECTOR);
        page.navigate(url("/statuses"));
        assertThat(page.getByTestId("headcounts")).containsText("Apprentis");
        screenshot("effectifs-telephone");
    }

    private long ruptures() {
        String summary = page.getByTestId("analysis-summary").textContent().strip();
        return Long.parseLong(summary.substring(0, summary.indexOf(" ruptures")).replaceAll("[^0-9]", ""));
    }
}
