package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import org.trio.shared.InvalidInputException;

/** Invitations and reminders of a campaign go through the mail outbox; addresses are erased after closing. */
@TrioIntegrationTest
class SurveyMailsIntegrationTests {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyMails mails;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    long campaign;
    String tag;

    @BeforeEach
    void anOpenFunderCampaign() {
        long cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        long network = referential.networkIds().get(0);
        long questionnaire = surveys.createQuestionnaire(
                network,
                new QuestionnaireForm(
                        "Financeurs",
                        Questionnaire.Audience.FUNDER,
                        "",
                        List.of(new QuestionRow(Question.Kind.SCALE, "Satisfait ?", "", true, true))));
        LocalDate today = surveys.today();
        campaign = surveys.createCampaign(
                cfa,
                network,
                new CampaignForm(
                        questionnaire, "Avis des financeurs", "2025-2026", today.minusDays(2), today.plusDays(10)));
        tag = "c" + campaign;
    }

    @Test
    void sendsEachInvitedAddressItsPrivateLink() {
        int invited = surveys.inviteEmails(
                campaign,
                "opco." + tag + "@example.fr; region." + tag + "@example.fr\n" + "OPCO." + tag + "@example.fr");

        assertThat(invited).isEqualTo(2);
        List<String> bodies = jdbc.sql("select body from platform.outbound_mail where recipient like ?")
                .param("%." + tag + "@example.fr")
                .query(String.class)
                .list();
        assertThat(bodies)
                .hasSize(2)
                .allSatisfy(body -> assertThat(body).contains("/survey/").contains("anonymes"));
    }

    @Test
    void refusesTheWholeListWhenOneAddressIsInvalid() {
        assertThatThrownBy(() -> surveys.inviteEmails(campaign, "ok." + tag + "@example.fr, pas-une-adresse"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from quality.invitation where campaign_id = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void remindsOnlyThoseWhoHaveNotAnswered() {
        surveys.inviteEmails(campaign, "a." + tag + "@example.fr, b." + tag + "@example.fr");
        String token = jdbc.sql("select token from quality.invitation where campaign_id = ? and email like 'a.%'")
                .param(campaign)
                .query(String.class)
                .single();
        SurveyAnswering.Link link = answering.link(token).orElseThrow();
        long question = link.questionnaire().questions.get(0).id;
        answering.submit(link, java.util.Map.of("q" + question, "4"));

        int reminded = mails.remind(surveys.campaign(campaign).orElseThrow());

        assertThat(reminded).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from platform.outbound_mail where recipient = ? and subject like"
                                + " 'Rappel%'")
                        .param("b." + tag + "@example.fr")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void erasesTheAddressesOfClosedCampaignsButKeepsTheAnswers() {
        surveys.inviteEmails(campaign, "x." + tag + "@example.fr");

        mails.eraseAddressesClosedBefore(surveys.today().plusDays(11));

        assertThat(jdbc.sql("select count(email) from quality.invitation where campaign_id = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from quality.invitation where campaign_id = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
