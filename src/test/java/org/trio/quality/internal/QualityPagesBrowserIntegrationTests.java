package org.trio.quality.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/** Journeys through the other quality pages on the demo network, one role each. */
@TrioIntegrationTest
class QualityPagesBrowserIntegrationTests extends BrowserTest {

    @Test
    void addsAQualiopiEvidenceAndSeesTheIndicatorProved() {
        openDesktop();
        login(Role.QUALITY_MANAGER);
        page.navigate(url("/quality/qualiopi"));
        assertThat(page.locator("tr[data-indicator='31']")).containsText("Preuve présente");
        assertThat(page.locator("tr[data-indicator='2']")).containsText("Preuves périmées");
        assertThat(page.locator("tr[data-indicator='5']")).containsText("Preuve manquante");

        page.locator("tr[data-indicator='5'] a").click();
        page.getByLabel("Intitulé de la preuve").fill("Fiches objectifs opérationnels des formations");
        page.getByLabel("Fichier")
                .setInputFiles(new FilePayload(
                        "objectifs.pdf", "application/pdf", "%PDF-1.4 objectifs".getBytes(StandardCharsets.US_ASCII)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter une preuve"))
                .click();
        assertThat(page.locator("h1")).containsText("Preuve présente");
        assertThat(page.locator("table")).containsText("Fiches objectifs opérationnels des formations");
        screenshot("preuve-indicateur-5");

        page.navigate(url("/quality/qualiopi"));
        assertThat(page.locator("tr[data-indicator='5']")).containsText("Preuve présente");
        screenshot("preparation-audit");
    }

    @Test
    void recordsADecisionOfTheConseilAsAnImprovementMeasure() {
        openDesktop();
        login(Role.QUALITY_MANAGER);
        page.navigate(url("/quality/council"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Séance du"))
                .first()
                .click();
        assertThat(page.locator("ol.agenda")).containsText("Le projet pédagogique du centre de formation d'apprentis");
        assertThat(page.locator("ol.agenda")).containsText("Suivi des recommandations de la commission de contrôle");

        page.getByLabel("Décision", new Page.GetByLabelOptions().setExact(true))
                .fill("Organiser une réunion d'information des maîtres d'apprentissage par trimestre");
        page.getByLabel("En faire une mesure d'amélioration").check();
        page.getByLabel("Pilote").fill("Conseiller jeunes et entreprises");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la décision"))
                .click();
        assertThat(page.locator("section"))
                .containsText("Organiser une réunion d'information des maîtres d'apprentissage par trimestre");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("voir la mesure d'amélioration"))
                        .last())
                .isVisible();
        screenshot("seance-conseil");
    }

    @Test
    void selfAssessesAnItemOfTheCharterAsProgrammeLead() {
        openDesktop();
        login(Role.PROGRAMME_LEAD);
        page.navigate(url("/quality/charter"));
        page.locator("table a").first().click();
        assertThat(page.locator("main h2").first()).containsText("Progression");
        screenshot("trajectoire-formation");
        Locator item = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Programmation d'une réunion de rentrée apprentissage"));
        item.click();
        page.getByLabel("Statut").selectOption("ACHIEVED");
        page.getByLabel("Prochain jalon").fill("");
        page.getByLabel("Responsable").fill("Responsable de formation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré");
        assertThat(page.getByLabel("Statut")).hasValue("ACHIEVED");
    }

    @Test
    void showsTheIndicatorsOfTheCfaToAnObserverWithoutHeadCounts() {
        openDesktop();
        login(Role.OBSERVER);
        page.navigate(url("/quality/indicators"));
        assertThat(page.locator("#indicateurs-publies")).containsText("Taux d'emploi à 6 mois");
        assertThat(page.locator("#indicateurs-charte")).containsText("Satisfaction des apprentis");
        assertThat(page.locator("#indicateurs-publies thead")).not().containsText("Personnes");
        assertThat(page.locator("#indicateurs-charte")).containsText("non disponible");
        screenshot("indicateurs-observateur");
    }

    @Test
    void recordsTheSituationOfAFormerApprenticeAsCje() {
        openDesktop();
        login(Role.PLACEMENT_ADVISOR);
        page.navigate(url("/insertion/leavers"));
        page.getByLabel("Année de sortie")
                .selectOption(page.locator("#year option").nth(1).getAttribute("value"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();
        page.locator("table tbody a").first().click();
        page.getByLabel("Situation", new Page.GetByLabelOptions().setExact(true))
                .selectOption("EMPLOYED");
        page.getByLabel("Type de contrat").selectOption("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Type de contrat : obligatoire pour une personne en emploi.");
        page.getByLabel("Type de contrat").selectOption("FIXED_TERM");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré");
        assertThat(page.locator("table")).containsText("CDD");
        screenshot("devenir-apprenti");
    }
}
