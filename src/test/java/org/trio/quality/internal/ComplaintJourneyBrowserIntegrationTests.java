package org.trio.quality.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/** The responsable qualité registers a complaint, acknowledges it, answers it and opens an improvement measure. */
@TrioIntegrationTest
class ComplaintJourneyBrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void followsAComplaintFromReceiptToAnswerAndItsImprovementMeasure() {
        openDesktop();
        login(Role.QUALITY_MANAGER);
        page.navigate(url("/quality/complaints"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle réclamation"))
                .click();

        page.getByLabel("Date de réception").fill(LocalDate.now().minusDays(3).toString());
        page.getByLabel("Objet").fill("Bruit dans la salle informatique pendant les examens blancs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réclamation"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Description : ce champ est obligatoire.");

        page.getByLabel("Émetteur", new Page.GetByLabelOptions().setExact(true)).selectOption("EMPLOYER");
        page.getByLabel("Canal de réception").selectOption("PHONE");
        page.getByLabel("Description").fill("Un maître d'apprentissage signale que son apprenti n'a pas pu composer.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réclamation"))
                .click();
        assertThat(page.locator("h1")).containsText("Réclamation n°");
        assertThat(page.locator("h1")).containsText("Reçue");
        long id = Long.parseLong(page.url().replaceAll(".*/", ""));

        page.getByLabel("Date de l'accusé de réception")
                .fill(LocalDate.now().minusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accuser réception"))
                .click();
        assertThat(page.locator("h1")).containsText("Réception accusée");

        page.getByLabel("Analyse").fill("Salle voisine d'un atelier bruyant.");
        page.getByLabel("Réponse apportée").fill("Examens déplacés en salle B12 ; l'apprenti repassera l'épreuve.");
        page.getByLabel("Date de la réponse").fill(LocalDate.now().minusDays(5).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réponse"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ne peut pas précéder la date de réception");
        page.getByLabel("Date de la réponse").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la réponse"))
                .click();
        assertThat(page.locator("h1")).containsText("Répondue");
        assertThat(page.locator("#delai")).hasText("3 jours");

        page.getByLabel("Mesure d'amélioration").fill("Réserver une salle calme pour chaque examen blanc");
        page.getByLabel("Pilote de la mesure").fill("Adjoint de direction pédagogie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir une mesure d'amélioration"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Réserver une salle calme pour chaque examen blanc")))
                .isVisible();
        screenshot("reclamation-repondue");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Réserver une salle calme pour chaque examen blanc"))
                .click();
        assertThat(page.locator("dl")).containsText("Réclamation n° " + id);
        page.getByLabel("Statut").selectOption("DONE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Date de réalisation : obligatoire");
        page.getByLabel("Date de réalisation").fill(LocalDate.now().toString());
        page.getByLabel("Effet observé").fill("Aucun incident aux examens blancs suivants.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("h1")).containsText("Réalisée");

        page.navigate(url("/quality/actions"));
        assertThat(page.locator("table")).containsText("Réserver une salle calme pour chaque examen blanc");
        screenshot("tableau-de-bord-mesures");

        String status = jdbc.sql("select status from quality.complaint where id = ?")
                .param(id)
                .query(String.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo("ANSWERED");
    }
}
