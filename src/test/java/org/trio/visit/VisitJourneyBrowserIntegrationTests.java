package org.trio.visit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/**
 * The journey of a company visit: the trainer plans it and files its report with an action; the maître, on a phone,
 * finds the report on their home, acknowledges it and closes the action.
 */
@TrioIntegrationTest
class VisitJourneyBrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void followsAVisitFromPlanningToItsActionClosedByTheMaitreOnAPhone() {
        long contract = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock);

        openDesktop();
        login(Role.TUTOR);
        page.navigate(url("/visits/contracts/" + contract));
        page.getByLabel("Visite due").selectOption("");
        page.getByLabel("Mode").selectOption("ON_SITE");
        page.getByLabel("Date de la visite").fill(today.toString());
        page.getByLabel("Heure").fill("10:30");
        page.getByLabel("Visiteur").fill("Karim Formateur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La visite est planifiée");
        screenshot("1-visite-planifiee");

        long visit = jdbc.sql("select max(id) from visit.visit where contract_id = ? and visitor_name = 'Karim"
                        + " Formateur'")
                .param(contract)
                .query(Long.class)
                .single();
        page.navigate(url("/visits/" + visit + "/report"));
        page.getByLabel("Intégration dans l'entreprise").fill("Bien intégré, accueilli par toute l'équipe.");
        page.getByLabel("Missions confiées au regard du référentiel").fill("Pose de réseaux PER, raccordements.");
        page.getByLabel("Moyens mis à disposition par l'employeur").fill("Outillage complet, pas de chaussures.");
        page.getByLabel("Relation entre l'apprenti et le maître d'apprentissage")
                .fill("Très bonne.");
        page.getByLabel("Assiduité et ponctualité").fill("Assidu.");
        page.getByLabel("Risque modéré").check();
        page.locator("#action-0").fill("Fournir les chaussures de sécurité");
        page.locator("#owner-0").selectOption("EMPLOYER");
        page.locator("#due-0").fill(today.plusDays(14).toString());
        screenshot("2-compte-rendu-saisi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le compte rendu"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le compte rendu est enregistré");
        screenshot("3-compte-rendu-enregistre");

        // the report's PDF, opened from the report page with the trainer's session, reads back what was written
        long report = jdbc.sql("select id from visit.report where visit_id = ?")
                .param(visit)
                .query(Long.class)
                .single();
        page.navigate(url("/visits/reports/" + report));
        String pdfLink = page.locator("a[href$='/pdf']").first().getAttribute("href");
        org.assertj.core.api.Assertions.assertThat(pdfLink).isEqualTo("/visits/reports/" + report + "/pdf");
        com.microsoft.playwright.APIResponse pdf = page.context().request().get(url(pdfLink));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages())
                    .isPositive();
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Bien intégré, accueilli par toute l'équipe.")
                    .contains("Fournir les chaussures de sécurité")
                    .contains("Risque modéré");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        openPhone();
        login(Role.MENTOR);
        String task = "Prendre connaissance du compte rendu de la visite du "
                + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        screenshot("4-accueil-maitre-telephone");
        page.getByText(task).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Compte rendu de la visite du");
        screenshot("5-maitre-compte-rendu-telephone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J'ai pris connaissance du compte rendu"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("votre prise de connaissance est enregistrée");
        assertThat(page.locator("body")).containsText("Prise de connaissance");

        page.getByLabel("Note de clôture (facultatif)").first().fill("Chaussures fournies le jour même");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clore l'action"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'action est close.");
        assertThat(page.locator("#liste-actions")).containsText("Chaussures fournies le jour même");
        screenshot("6-action-close-telephone");
    }
}
