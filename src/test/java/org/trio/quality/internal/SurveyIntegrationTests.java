package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.TrainingRecords;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorScope;
import org.trio.quality.QualityManagement;
import org.trio.quality.internal.SurveyForms.CampaignForm;
import org.trio.quality.internal.SurveyForms.QuestionRow;
import org.trio.quality.internal.SurveyForms.QuestionnaireForm;
import org.trio.referential.NewMentor;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;
import org.trio.support.TestTrainings;

/**
 * Appreciation surveys of a CFA of its own in 2025-2026: who Trio invites, the satisfaction rates computed from the
 * answers (rule of 20, per programme), moderation of free texts and response rates per programme.
 */
@TrioIntegrationTest
class SurveyIntegrationTests {

    static final int YEAR = 2025;
    static final LocalDate OPENS = LocalDate.of(2026, 1, 12);

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    SurveyQueries queries;

    @Autowired
    QualityManagement quality;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TrainingRecords records;

    @Autowired
    ContractManagement contracts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    TestTrainings trainings;
    long programme;
    long otherProgramme;
    String tag;

    @BeforeEach
    void aCfaWithTwoProgrammes() {
        trainings = new TestTrainings(referential, enrolments, records, contracts);
        programme = trainings.twoYearProgrammes().get(0).id();
        otherProgramme = trainings.twoYearProgrammes().get(1).id();
        tag = "c" + trainings.cfa;
    }

    @Test
    void invitesTheApprenticesOfTheCfasCohortsOfTheYearWithTheirProgramme() {
        long cohort = trainings.cohort(programme, YEAR);
        long otherCohort = trainings.cohort(otherProgramme, YEAR);
        long lastYear = trainings.cohort(programme, YEAR - 1);
        enrolled("Alice", email("alice"), programme, cohort, YEAR);
        enrolled("Basile", email("BASILE").toUpperCase(), programme, cohort, YEAR);
        enrolled("Chloé", null, programme, cohort, YEAR);
        enrolled("Dalia", email("dalia"), otherProgramme, otherCohort, YEAR);
        enrolled("Ancien", email("ancien"), programme, lastYear, YEAR - 1);
        Campaign campaign = campaign(Questionnaire.Audience.APPRENTICE);

        int invited = surveys.inviteFromTrio(campaign, Questionnaire.Audience.APPRENTICE);

        assertThat(invited).isEqualTo(3);
        assertThat(invitations(campaign.id))
                .isEqualTo(Map.of(
                        email("alice"), programme,
                        email("basile"), programme,
                        email("dalia"), otherProgramme));
        assertThat(surveys.inviteFromTrio(campaign, Questionnaire.Audience.APPRENTICE))
                .as("nobody is invited twice")
                .isZero();
    }

    @Test
    void invitesOnceEachMaitreOfTheContractsInForceAtTheOpening() {
        long cohort = trainings.cohort(programme, YEAR);
        long otherCohort = trainings.cohort(otherProgramme, YEAR);
        long shared = mentor("Martin", email("martin"));
        long withoutEmail = mentor("Sans", null);
        long ofABrokenContract = mentor("Rompu", email("rompu"));
        withContract(enrolled("Alice", null, programme, cohort, YEAR), programme, null, shared);
        withContract(enrolled("Basile", null, programme, cohort, YEAR), programme, null, shared);
        withContract(enrolled("Dalia", null, otherProgramme, otherCohort, YEAR), otherProgramme, null, withoutEmail);
        withContract(
                enrolled("Chloé", null, otherProgramme, otherCohort, YEAR),
                otherProgramme,
                LocalDate.of(2025, 12, 1),
                ofABrokenContract);
        Campaign campaign = campaign(Questionnaire.Audience.EMPLOYER);

        assertThat(surveys.inviteFromTrio(campaign, Questionnaire.Audience.EMPLOYER))
                .isEqualTo(1);
        assertThat(invitations(campaign.id)).isEqualTo(Map.of(email("martin"), programme));
    }

    @Test
    void leavesFundersAndTeachingTeamsToTypedAddresses() {
        Campaign campaign = campaign(Questionnaire.Audience.FUNDER);

        assertThatThrownBy(() -> surveys.inviteFromTrio(campaign, Questionnaire.Audience.FUNDER))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("campaign.invite.manualOnly");
        assertThat(invitations(campaign.id)).isEmpty();
    }

    @Test
    void computesTheSatisfactionRateOverTwentyRespondentsAndPerProgramme() {
        long questionnaire = surveys.createQuestionnaire(
                trainings.network,
                new QuestionnaireForm(
                        "Satisfaction " + tag,
                        Questionnaire.Audience.APPRENTICE,
                        "",
                        List.of(
                                new QuestionRow(Question.Kind.SCALE, "Accueil", "", true, true),
                                new QuestionRow(Question.Kind.SCALE, "Formation", "", true, true),
                                new QuestionRow(Question.Kind.SCALE, "Cantine", "", true, false))));
        long campaign = campaignOf(questionnaire);
        List<Question> questions = surveys.questionnaire(questionnaire).orElseThrow().questions;
        // programme: 15 satisfied (4 and 5: 4.5), 6 not (3 and 4: 3.5); the other one: 2 satisfied at exactly 4, 2 not
        for (int i = 0; i < 21; i++) {
            answer(campaign, programme, questions, i < 15 ? "4" : "3", i < 15 ? "5" : "4", "1");
        }
        for (int i = 0; i < 4; i++) {
            answer(campaign, otherProgramme, questions, i < 2 ? "4" : "5", i < 2 ? "4" : "2", "5");
        }

        IndicatorResult cfa = satisfaction(null);
        IndicatorResult ofProgramme = satisfaction(programme);
        IndicatorResult ofOther = satisfaction(otherProgramme);

        assertThat(cfa.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(cfa.people()).isEqualTo(25);
        assertThat(cfa.value()).isEqualTo(68.0);
        assertThat(ofProgramme.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(ofProgramme.people()).isEqualTo(21);
        assertThat(ofProgramme.value()).isEqualTo(71.4);
        assertThat(ofOther.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
        assertThat(ofOther.people()).isEqualTo(4);
        assertThat(satisfactionOfEmployers().state())
                .as("no maître answered")
                .isEqualTo(IndicatorResult.State.NOT_AVAILABLE);
    }

    @Test
    void showsAFreeTextOnTheResultsOnlyOnceAModeratorApprovedIt() throws Exception {
        long questionnaire = surveys.createQuestionnaire(
                trainings.network,
                new QuestionnaireForm(
                        "Remarques " + tag,
                        Questionnaire.Audience.APPRENTICE,
                        "",
                        List.of(new QuestionRow(Question.Kind.TEXT, "Vos remarques", "", false, false))));
        long campaign = campaignOf(questionnaire);
        long question =
                surveys.questionnaire(questionnaire).orElseThrow().questions.get(0).id;
        for (String text : List.of("Très bon accueil à l'atelier", "Texte injurieux", "Encore à relire")) {
            String token = surveys.invite(campaign, null, programme);
            answering.submit(answering.link(token).orElseThrow(), Map.of("q" + question, text));
        }
        assertThat(queries.pendingTexts(campaign)).hasSize(3);
        moderate(campaign, "Très bon accueil à l'atelier", "APPROVED");
        moderate(campaign, "Texte injurieux", "REJECTED");

        SurveyQueries.QuestionResult result = queries.results(
                        surveys.questionnaire(questionnaire).orElseThrow(), campaign, null)
                .get(0);
        assertThat(result.texts()).containsExactly("Très bon accueil à l'atelier");
        assertThat(result.pendingTexts()).isEqualTo(1);
        String page = mvc.perform(get("/quality/surveys/campaigns/" + campaign + "/results")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Très bon accueil à l&#39;atelier")
                .doesNotContain("Texte injurieux")
                .doesNotContain("Encore à relire")
                .contains("1 réponse(s) en attente de modération");
    }

    @Test
    void givesTheResponseRateOfEachProgramme() throws Exception {
        long questionnaire = surveys.createQuestionnaire(
                trainings.network,
                new QuestionnaireForm(
                        "Taux " + tag,
                        Questionnaire.Audience.APPRENTICE,
                        "",
                        List.of(new QuestionRow(Question.Kind.SCALE, "Satisfait ?", "", true, true))));
        long campaign = campaignOf(questionnaire);
        long question =
                surveys.questionnaire(questionnaire).orElseThrow().questions.get(0).id;
        invitedAndAnswered(campaign, question, programme, 3, 2);
        invitedAndAnswered(campaign, question, otherProgramme, 2, 0);
        invitedAndAnswered(campaign, question, null, 1, 1);

        Map<Long, SurveyQueries.RateRow> rates = queries.ratesByProgramme(campaign).stream()
                .collect(Collectors.toMap(row -> row.programmeId() == null ? 0L : row.programmeId(), row -> row));

        assertThat(rates).hasSize(3);
        assertThat(rates.get(programme)).isEqualTo(new SurveyQueries.RateRow(programme, 3, 2));
        assertThat(rates.get(programme).rate()).isEqualTo(66.7);
        assertThat(rates.get(otherProgramme).rate()).isEqualTo(0.0);
        assertThat(rates.get(0L)).isEqualTo(new SurveyQueries.RateRow(null, 1, 1));
        String page = mvc.perform(get("/quality/surveys/campaigns/" + campaign)
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("66,7 %").contains("100,0 %");
    }

    private void invitedAndAnswered(
            long campaign, long question, @Nullable Long programmeId, int invited, int answers) {
        for (int i = 0; i < invited; i++) {
            String token = surveys.invite(campaign, null, programmeId);
            if (i < answers) {
                answering.submit(answering.link(token).orElseThrow(), Map.of("q" + question, "4"));
            }
        }
    }

    private void moderate(long campaign, String text, String decision) throws Exception {
        long answer = queries.pendingTexts(campaign).stream()
                .filter(pending -> pending.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/quality/surveys/answers/" + answer + "/moderation")
                .with(csrf())
                .with(user(users.loadUserByUsername("reseau@demo.trio")))
                .param("decision", decision));
    }

    private void answer(long campaign, long programmeId, List<Question> questions, String... values) {
        String token = surveys.invite(campaign, null, programmeId);
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            form.put("q" + questions.get(i).id, values[i]);
        }
        answering.submit(answering.link(token).orElseThrow(), form);
    }

    private IndicatorResult satisfaction(@Nullable Long programmeId) {
        return indicator(IndicatorKeys.SATISFACTION_APPRENTICES, programmeId);
    }

    private IndicatorResult satisfactionOfEmployers() {
        return indicator(IndicatorKeys.SATISFACTION_EMPLOYERS, null);
    }

    /** As of today: the answers are stored with today's date; the campaign's school year is fixed. */
    private IndicatorResult indicator(String key, @Nullable Long programmeId) {
        return quality
                .indicators(new IndicatorScope(trainings.cfa, programmeId, new SchoolYear(YEAR), surveys.today()))
                .stream()
                .filter(result -> result.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private Campaign campaign(Questionnaire.Audience audience) {
        long questionnaire = surveys.createQuestionnaire(
                trainings.network,
                new QuestionnaireForm(
                        "Questionnaire " + audience + " " + tag,
                        audience,
                        "",
                        List.of(new QuestionRow(Question.Kind.SCALE, "Satisfait ?", "", true, true))));
        return surveys.campaign(campaignOf(questionnaire)).orElseThrow();
    }

    private long campaignOf(long questionnaire) {
        return surveys.createCampaign(
                trainings.cfa,
                trainings.network,
                new CampaignForm(questionnaire, "Enquête " + tag, "2025-2026", OPENS, OPENS.plusWeeks(6)));
    }

    private String email(String name) {
        return name.toLowerCase() + "." + tag + "@essai.fr";
    }

    /** An apprentice enrolled in the cohort; returns the apprentice. */
    private long enrolled(String firstName, @Nullable String email, long programmeId, long cohort, int year) {
        long apprentice = trainings.apprentice(firstName, email);
        trainings.enrol(apprentice, programmeId, cohort, year);
        return apprentice;
    }

    private long mentor(String lastName, @Nullable String email) {
        return referential.registerMentor(new NewMentor(
                trainings.employer(),
                lastName,
                "Claude",
                LocalDate.of(1978, 4, 2),
                email,
                null,
                "Chef d'équipe",
                null,
                null,
                null,
                null,
                null));
    }

    /**
     * A contract of the apprentice from 1 September 2025, broken on the day given, with that maître. Contracts come
     * from the national file's route, which has no maître: the test names one in the contract's row.
     */
    private void withContract(long apprentice, long programmeId, @Nullable LocalDate rupture, long mentor) {
        ContractInfo contract = trainings.contract(
                apprentice, programmeId, YEAR, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), rupture);
        jdbc.sql("update contract.apprenticeship_contract set mentor1_id = ? where id = ?")
                .params(mentor, contract.id())
                .update();
    }

    private Map<String, Long> invitations(long campaign) {
        Map<String, Long> byEmail = new HashMap<>();
        jdbc.sql("select email, programme_id from quality.invitation where campaign_id = ?")
                .param(campaign)
                .query((rs, row) -> byEmail.put(rs.getString(1), (Long) rs.getObject(2)))
                .list();
        return byEmail;
    }
}
