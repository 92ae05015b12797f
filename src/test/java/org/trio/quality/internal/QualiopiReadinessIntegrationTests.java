package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.trio.TrioIntegrationTest;
import org.trio.quality.internal.CouncilForms.MeetingForm;
import org.trio.quality.internal.SurveyForms.CampaignForm;
import org.trio.quality.internal.SurveyForms.QuestionRow;
import org.trio.quality.internal.SurveyForms.QuestionnaireForm;
import org.trio.referential.CfaInfo;
import org.trio.referential.NewStaffMember;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.shared.InvalidInputException;

/**
 * The readiness view on a CFA of its own whose evidence is known: one document for 1, an expired one for 2, a complaint
 * (31) and an improvement measure (32) recorded in Trio — every other indicator lacks evidence.
 */
@TrioIntegrationTest
class QualiopiReadinessIntegrationTests {

    static final LocalDate REFERENCE = LocalDate.of(2025, 3, 15);

    @Autowired
    QualiopiService qualiopi;

    @Autowired
    AuditPack auditPack;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CouncilService council;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyAnswering answering;

    long cfa;

    @BeforeEach
    void aCfaWithKnownEvidence() {
        cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        qualiopi.add(
                cfa,
                new EvidenceForm(1, "Fiches formations publiées", "", "FILE", "", REFERENCE.minusMonths(2), null),
                new MockMultipartFile(
                        "file", "fiches.pdf", "application/pdf", "%PDF-1.4 fiches".getBytes(StandardCharsets.US_ASCII)),
                "qualite@demo.trio");
        qualiopi.add(
                cfa,
                new EvidenceForm(
                        2,
                        "Indicateurs de résultats 2022",
                        "",
                        "LINK",
                        "https://cfa.example.fr/resultats",
                        LocalDate.of(2022, 9, 1),
                        LocalDate.of(2023, 8, 31)),
                null,
                "qualite@demo.trio");
        jdbc.sql("insert into quality.complaint (cfa_id, nature, complainant_kind, channel, subject, description,"
                        + " received_on, status, created_at) values (?, 'COMPLAINT', 'APPRENTICE', 'EMAIL', 'Objet',"
                        + " 'Texte', ?, 'RECEIVED', ?)")
                .params(cfa, REFERENCE.minusDays(20), OffsetDateTime.of(2025, 2, 23, 9, 0, 0, 0, ZoneOffset.UTC))
                .update();
        jdbc.sql("insert into quality.improvement_action (cfa_id, title, source, owner, opened_on, due_on, status)"
                        + " values (?, 'Mesure', 'AUDIT', 'Qualité', ?, ?, 'PLANNED')")
                .params(cfa, REFERENCE.minusMonths(1), REFERENCE.plusMonths(2))
                .update();
    }

    @Test
    void showsWhichIndicatorsHaveCurrentOutdatedOrMissingEvidence() {
        Map<Readiness.Status, List<Integer>> byStatus = qualiopi.readiness(cfa, REFERENCE).stream()
                .collect(Collectors.groupingBy(
                        Readiness.Line::status,
                        Collectors.mapping(line -> line.indicator().number(), Collectors.toList())));

        assertThat(byStatus.get(Readiness.Status.PRESENT)).containsExactly(1, 31, 32);
        assertThat(byStatus.get(Readiness.Status.OUT_OF_DATE)).containsExactly(2);
        assertThat(byStatus.get(Readiness.Status.MISSING))
                .hasSize(28)
                .doesNotContain(1, 2, 31, 32)
                .contains(3, 13, 20, 30);
    }

    @Test
    void provesTwentyWithTheConseilAndTheReferentsAndThirtyWithTheSurveys() {
        long network = referential.networkIds().get(0);
        long meeting = council.plan(cfa, new MeetingForm(LocalDate.of(2025, 1, 16), "Salle du conseil", "Direction"));
        council.markHeld(meeting);
        council.plan(cfa, new MeetingForm(LocalDate.of(2025, 6, 12), "Salle du conseil", "Direction"));
        referential.registerStaffMember(new NewStaffMember(
                network,
                cfa,
                null,
                "Durand",
                "Sophie",
                "handicap@cfa-essai.fr",
                null,
                StaffFunction.DISABILITY_REFERENT,
                "Référente handicap"));
        long questionnaire = surveys.createQuestionnaire(
                network,
                new QuestionnaireForm(
                        "Apprentis",
                        Questionnaire.Audience.APPRENTICE,
                        "",
                        List.of(new QuestionRow(Question.Kind.SCALE, "Satisfait ?", "", true, true))));
        long campaign = surveys.createCampaign(
                cfa,
                network,
                new CampaignForm(
                        questionnaire,
                        "Avis des apprentis",
                        "2024-2025",
                        LocalDate.of(2025, 1, 6),
                        LocalDate.of(2025, 2, 28)));
        surveys.inviteEmails(campaign, "a@cfa-essai.fr b@cfa-essai.fr c@cfa-essai.fr");
        long question =
                surveys.questionnaire(questionnaire).orElseThrow().questions.get(0).id;
        for (String token : jdbc.sql("select token from quality.invitation where campaign_id = ? order by id limit 2")
                .param(campaign)
                .query(String.class)
                .list()) {
            answering.submit(answering.link(token).orElseThrow(), Map.of("q" + question, "4"));
        }

        Map<Integer, List<String>> titles = qualiopi.items(cfa, REFERENCE).stream()
                .filter(item -> item.automatic())
                .collect(Collectors.groupingBy(
                        Readiness.Item::indicator, Collectors.mapping(Readiness.Item::title, Collectors.toList())));
        assertThat(titles.get(20))
                .containsExactlyInAnyOrder(
                        "Conseil de perfectionnement du 16/01/2025 : ordre du jour et compte rendu",
                        "Référent handicap désigné : Sophie Durand");
        assertThat(titles.get(30)).containsExactly("Enquête « Avis des apprentis » : 2 réponses sur 3 invitations");
        assertThat(readinessOf(REFERENCE).get(Readiness.Status.PRESENT)).containsExactly(1, 20, 30, 31, 32);
    }

    @Test
    void considersEvidenceWithoutValidityOutOfDateAfterTheIndicatorsFreshness() {
        Map<Integer, Readiness.Status> later = qualiopi.readiness(cfa, REFERENCE.plusMonths(14)).stream()
                .collect(Collectors.toMap(line -> line.indicator().number(), Readiness.Line::status));

        assertThat(later.get(1)).isEqualTo(Readiness.Status.OUT_OF_DATE);
        assertThat(later.get(31)).isEqualTo(Readiness.Status.MISSING);
    }

    @Test
    void packsAnIndexListingEveryIndicatorAndTheStoredDocuments() throws IOException {
        CfaInfo info = referential.cfa(cfa).orElseThrow();
        Map<String, byte[]> entries = unzip(auditPack.build(info, REFERENCE));

        assertThat(entries.keySet()).anyMatch(name -> name.matches("indicateur-01/\\d+-fiches\\.pdf"));
        String index = new String(entries.get("index.html"), StandardCharsets.UTF_8);
        assertThat(index)
                .contains("Critère 7")
                .contains("Fiches formations publiées")
                .contains("Preuves périmées")
                .contains("Registre des réclamations")
                .contains("3 indicateurs prouvés, 1 avec des preuves périmées, 28 sans preuve");
    }

    @Test
    void refusesAFileWhoseContentIsNotItsType() {
        assertThatThrownBy(() -> qualiopi.add(
                        cfa,
                        new EvidenceForm(5, "Objectifs", "", "FILE", "", REFERENCE, null),
                        new MockMultipartFile("file", "objectifs.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1}),
                        "qualite@demo.trio"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).code())
                .isEqualTo("evidence.file.content");
        assertThat(jdbc.sql("select count(*) from quality.evidence where cfa_id = ? and indicator = 5")
                        .param(cfa)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Map<Readiness.Status, List<Integer>> readinessOf(LocalDate reference) {
        return qualiopi.readiness(cfa, reference).stream()
                .collect(Collectors.groupingBy(
                        Readiness.Line::status,
                        Collectors.mapping(line -> line.indicator().number(), Collectors.toList())));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
