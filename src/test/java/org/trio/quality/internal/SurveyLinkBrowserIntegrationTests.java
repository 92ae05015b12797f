package org.trio.quality.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.quality.internal.SurveyForms.CampaignForm;
import org.trio.quality.internal.SurveyForms.QuestionRow;
import org.trio.quality.internal.SurveyForms.QuestionnaireForm;
import org.trio.referential.ReferentialManagement;
import org.trio.support.BrowserTest;

/** A maître d'apprentissage answers an appreciation survey on a phone through the private link sent to them. */
@TrioIntegrationTest
class SurveyLinkBrowserIntegrationTests extends BrowserTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    long campaign;
    String token;

    @BeforeEach
    void anOpenCampaignWithAPrivateLink() {
        long cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        long network = referential.networkIds().get(0);
        List<QuestionRow> rows = new ArrayList<>(List.of(
                new QuestionRow(
                        Question.Kind.SCALE, "Êtes-vous satisfait(e) du suivi de votre apprenti ?", "", true, true),
                new QuestionRow(
                        Question.Kind.CHOICE, "Accueilleriez-vous un nouvel apprenti ?", "Oui;Non", true, false),
                new QuestionRow(Question.Kind.TEXT, "Vos suggestions", "", false, false)));
        long questionnaire = surveys.createQuestionnaire(
                network, new QuestionnaireForm("Questionnaire des maîtres", Questionnaire.Audience.EMPLOYER, "", rows));
        LocalDate today = surveys.today();
        campaign = surveys.createCampaign(
                cfa,
                network,
                new CampaignForm(
                        questionnaire,
                        "Enquête maîtres d'apprentissage",
                        "2025-2026",
                        today.minusDays(1),
                        today.plusDays(14)));
        token = surveys.invite(campaign, "maitre.test@example.fr", null);
    }

    @Test
    void answersThroughThePrivateLinkWithoutAccountAndRefusesASecondAnswer() {
        openPhone();
        page.navigate(url("/survey/" + token));
        assertThat(page.locator("h1")).hasText("Enquête maîtres d'apprentissage");
        assertThat(page.locator("header")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Question 1 « Êtes-vous satisfait(e) du suivi de votre apprenti ? » : une réponse est"
                        + " obligatoire.");

        page.locator("label[for$='-4']").first().click();
        page.getByLabel("Oui").check();
        page.getByLabel("Vos suggestions").fill("Des visites un peu plus tôt dans l'année.");
        screenshot("enquete-telephone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.locator("#merci")).containsText("Vos réponses ont bien été enregistrées");

        page.navigate(url("/survey/" + token));
        assertThat(page.locator("#deja-repondu"))
                .containsText("Vous avez déjà répondu à ce questionnaire : chaque lien ne peut servir qu'une fois.");
        screenshot("enquete-deja-repondue");

        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select count(*) from quality.response where campaign_id = ?")
                                .param(campaign)
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select a.moderation from quality.answer a join"
                                + " quality.response r on r.id = a.response_id where r.campaign_id = ? and a.text is"
                                + " not null")
                        .param(campaign)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void refusesASecondSubmissionOfTheSameForm() {
        openPhone();
        page.navigate(url("/survey/" + token));
        Page second = browserContext.newPage();
        second.navigate(url("/survey/" + token));

        page.locator("label[for$='-5']").first().click();
        page.getByLabel("Non").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.locator("#merci")).isVisible();

        second.locator("label[for$='-2']").first().click();
        second.getByLabel("Oui").check();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(second.locator("#deja-repondu")).containsText("Vous avez déjà répondu");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select count(*) from quality.response where campaign_id = ?")
                                .param(campaign)
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
    }
}
