package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.quality.internal.CouncilForms.DecisionForm;
import org.trio.quality.internal.CouncilForms.MeetingForm;
import org.trio.quality.internal.CouncilForms.MemberForm;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** A conseil de perfectionnement of a CFA of its own: agenda, decisions turned into measures, dashboard, minutes. */
@TrioIntegrationTest
class CouncilIntegrationTests {

    static final LocalDate MEETING = LocalDate.of(2025, 11, 20);

    /** The eight topics the conseil examines under Code du travail R6231-4, as the minutes must show them. */
    static final String[] R6231_4_TOPICS = {
        "Le projet pédagogique du centre de formation d'apprentis",
        "Les conditions générales d'accueil, d'accompagnement des apprentis, notamment des apprentis en situation de"
                + " handicap, de promotion de la mixité et de la mobilité nationale et internationale",
        "L'organisation et le déroulement des formations",
        "Les conditions générales de préparation et de perfectionnement pédagogique des formateurs",
        "L'organisation des relations entre les entreprises accueillant des apprentis et le centre",
        "Les projets de convention à conclure, en application des articles L. 6232-1 et L. 6233-1, avec des"
                + " établissements d'enseignement, des organismes de formation ou des entreprises",
        "Les projets d'investissement",
        "Les informations publiées chaque année en application de l'article L. 6111-8"
    };

    @Autowired
    CouncilService council;

    @Autowired
    CouncilDashboard dashboards;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    long cfa;
    long meeting;

    @BeforeEach
    void aMeetingOfANewCfa() {
        cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        long employer = council.addMember(
                cfa,
                new MemberForm(
                        CouncilMember.College.EMPLOYERS,
                        "Claire Martin",
                        "Martin Bâtiment",
                        "Gérante",
                        "",
                        LocalDate.of(2024, 9, 1)));
        council.addMember(
                cfa,
                new MemberForm(
                        CouncilMember.College.APPRENTICES,
                        "Yanis Benali",
                        "",
                        "Délégué",
                        "",
                        LocalDate.of(2024, 9, 1)));
        meeting = council.plan(cfa, new MeetingForm(MEETING, "Salle du conseil", "Claire Martin"));
        council.recordAttendance(meeting, List.of(employer));
    }

    @Test
    void preFillsTheAgendaWithTheEightTopicsOfR62314AndTheQualityTopics() {
        List<String> topics = council.meeting(meeting).orElseThrow().agenda.stream()
                .map(item -> item.topicCode)
                .toList();

        assertThat(topics)
                .startsWith(
                        "R6231_4_1",
                        "R6231_4_2",
                        "R6231_4_3",
                        "R6231_4_4",
                        "R6231_4_5",
                        "R6231_4_6",
                        "R6231_4_7",
                        "R6231_4_8");
        assertThat(topics).contains("COMPLAINTS", "APPRECIATIONS", "RUPTURES_ABSENTEEISM", "CONTROL_RECOMMENDATIONS");
    }

    @Test
    void turnsADecisionIntoAnImprovementMeasureOfSourceCouncil() {
        long item = council.meeting(meeting).orElseThrow().agenda.get(1).id;

        council.decide(
                meeting,
                new DecisionForm(
                        item, "Désigner un second référent handicap", true, "Direction", LocalDate.of(2099, 6, 30)));

        Decision decision = council.meeting(meeting).orElseThrow().decisions.get(0);
        assertThat(decision.improvementActionId).isNotNull();
        assertThat(jdbc.sql("select source || ' / ' || source_reference from quality.improvement_action where id = ?")
                        .param(decision.improvementActionId)
                        .query(String.class)
                        .single())
                .isEqualTo("COUNCIL / Conseil de perfectionnement du 20/11/2025");
    }

    @Test
    void savesNeitherTheDecisionNorTheMeasureWhenTheMeasureLacksItsOwner() {
        assertThatThrownBy(() -> council.decide(meeting, new DecisionForm(null, "Revoir le livret", true, "", null)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(council.meeting(meeting).orElseThrow().decisions).isEmpty();
        assertThat(jdbc.sql("select count(*) from quality.improvement_action where cfa_id = ?")
                        .param(cfa)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void hidesASatisfactionRateOverFewerThanTwentyRespondents() {
        satisfiedRespondents(12);

        IndicatorResult satisfaction = dashboards.of(cfa, new SchoolYear(2024), MEETING).indicators().stream()
                .filter(result -> result.key().equals(IndicatorKeys.SATISFACTION_APPRENTICES))
                .findFirst()
                .orElseThrow();

        assertThat(satisfaction.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
        assertThat(satisfaction.value()).isNull();
    }

    @Test
    void writesMinutesWhosePdfHoldsTheAgendaTopicsTheNotesAndTheDecisions() throws Exception {
        complaintsAndMeasures();
        CouncilMeeting loaded = council.meeting(meeting).orElseThrow();
        council.takeNotes(meeting, loaded.agenda.get(0).id, "Projet pédagogique présenté par la direction.");
        council.decide(
                meeting,
                new DecisionForm(
                        loaded.agenda.get(8).id,
                        "Réduire le délai de réponse aux" + " réclamations à 15 jours",
                        false,
                        "",
                        null));
        council.markHeld(meeting);

        byte[] pdf = mvc.perform(get("/quality/council/meetings/" + meeting + "/minutes")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Compte rendu du conseil de perfectionnement du 20/11/2025")
                    .contains(R6231_4_TOPICS)
                    .contains("Réclamations reçues et leur traitement")
                    .contains("Projet pédagogique présenté par la direction.")
                    .contains("Réduire le délai de réponse aux réclamations à 15 jours")
                    .contains("Claire Martin")
                    .contains("présent(e)")
                    .contains("3 reçues, 2 répondues, 1 hors délai")
                    .contains("2 en cours, 1 réalisées, 1 en retard")
                    .contains("Valeur ajoutée de l'établissement calculée nationalement (InserJeunes)");
        }
    }

    @Test
    void countsTheComplaintsOfTheSchoolYearAndTheMeasuresAsOfTheMeeting() {
        complaintsAndMeasures();

        CouncilDashboard.Dashboard dashboard = dashboards.of(cfa, new SchoolYear(2024), MEETING);

        assertThat(dashboard.complaints().received()).isEqualTo(3);
        assertThat(dashboard.complaints().answered()).isEqualTo(2);
        assertThat(dashboard.complaints().answeredLate()).isEqualTo(1);
        assertThat(dashboard.complaints().averageDelay()).isEqualTo(32.5);
        assertThat(dashboard.measures()).isEqualTo(new CouncilDashboard.Measures(2, 1, 1));
    }

    /**
     * In 2024-2025: a complaint answered in 15 days, one in 50 (over the policy's 30), one not answered; one received
     * before the school year and one after it. Measures as of the meeting: one planned, one late in progress, one done,
     * one abandoned, and one opened after the meeting.
     */
    private void complaintsAndMeasures() {
        complaint(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 25));
        complaint(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 20));
        complaint(LocalDate.of(2025, 3, 1), null);
        complaint(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 20));
        complaint(LocalDate.of(2025, 9, 1), null);
        measure(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), "PLANNED", null);
        measure(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 10, 1), "IN_PROGRESS", null);
        measure(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 30), "DONE", LocalDate.of(2025, 6, 1));
        measure(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 31), "ABANDONED", null);
        measure(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31), "PLANNED", null);
    }

    private void complaint(LocalDate received, LocalDate answered) {
        jdbc.sql("insert into quality.complaint (cfa_id, nature, complainant_kind, channel, subject, description,"
                        + " received_on, answered_on, status, created_at) values (?, 'COMPLAINT', 'APPRENTICE',"
                        + " 'EMAIL', 'Objet', 'Texte', ?, ?, ?, ?)")
                .params(
                        cfa,
                        received,
                        answered,
                        answered == null ? "RECEIVED" : "ANSWERED",
                        received.atStartOfDay().atOffset(ZoneOffset.UTC))
                .update();
    }

    private void measure(LocalDate opened, LocalDate due, String status, LocalDate done) {
        jdbc.sql("insert into quality.improvement_action (cfa_id, title, source, owner, opened_on, due_on, status,"
                        + " done_on, effect_observed) values (?, 'Mesure', 'AUDIT', 'Qualité', ?, ?, ?, ?, ?)")
                .params(cfa, opened, due, status, done, done == null ? null : "Délais tenus")
                .update();
    }

    private void satisfiedRespondents(int count) {
        long questionnaire = jdbc.sql("insert into quality.questionnaire (network_id, title, audience) values"
                        + " (?, 'Test', 'APPRENTICE') returning id")
                .param(referential.networkIds().get(0))
                .query(Long.class)
                .single();
        long question = jdbc.sql("insert into quality.question (questionnaire_id, position, kind, text, required,"
                        + " satisfaction) values (?, 1, 'SCALE', 'Satisfait ?', true, true) returning id")
                .param(questionnaire)
                .query(Long.class)
                .single();
        long campaign = jdbc.sql("insert into quality.campaign (cfa_id, questionnaire_id, title, school_year, opens_on,"
                        + " closes_on, created_at) values (?, ?, 'Test', 2024, ?, ?, ?) returning id")
                .params(
                        cfa,
                        questionnaire,
                        LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 6, 1),
                        OffsetDateTime.of(2025, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC))
                .query(Long.class)
                .single();
        for (int i = 0; i < count; i++) {
            long response = jdbc.sql(
                            "insert into quality.response (campaign_id, submitted_on) values (?, ?)" + " returning id")
                    .params(campaign, LocalDate.of(2025, 5, 10))
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into quality.answer (response_id, question_id, scale_value) values (?, ?, 5)")
                    .params(response, question)
                    .update();
        }
    }
}
