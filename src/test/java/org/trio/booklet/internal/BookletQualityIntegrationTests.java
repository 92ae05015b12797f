package org.trio.booklet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import org.trio.quality.IndicatorValue;
import org.trio.quality.QualiopiEvidence;
import org.trio.quality.QualityManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;
import org.trio.support.TestTrainings;

/**
 * What the livrets give the quality module, on a CFA of its own in 2024-2025, as of 15 June 2025: 19 apprentices of one
 * programme whose contracts started on 2 September 2024 (three quarters over: → 1 December, → 1 March, → 1 June), and
 * one of another programme whose contract was broken on 10 January 2025 (one quarter over within the contract). Each
 * quarter expects an evaluation by the maître and one by the trainer: 19 × 6 + 2 = 116 expected. Apprentices 0–9 were
 * evaluated by both in every quarter (60), 10–18 by the maître only (27), the last one never: 87 done.
 */
@TrioIntegrationTest
class BookletQualityIntegrationTests {

    static final int YEAR = 2024;
    static final LocalDate REFERENCE = LocalDate.of(2025, 6, 15);
    static final LocalDate START = LocalDate.of(2024, 9, 2);
    static final List<LocalDate> IN_EACH_QUARTER =
            List.of(LocalDate.of(2024, 11, 15), LocalDate.of(2025, 2, 15), LocalDate.of(2025, 5, 15));

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TrainingRecords records;

    @Autowired
    ContractManagement contracts;

    @Autowired
    QualityManagement quality;

    @Autowired
    BookletIndicators indicators;

    @Autowired
    BookletEvidence evidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    TestTrainings trainings;
    long programme;
    long competency;

    @BeforeEach
    void twentyLivretsWithKnownEvaluations() {
        trainings = new TestTrainings(referential, enrolments, records, contracts);
        programme = trainings.twoYearProgrammes().get(0).id();
        long otherProgramme = trainings.twoYearProgrammes().get(1).id();
        long cohort = trainings.cohort(programme, YEAR);
        long otherCohort = trainings.cohort(otherProgramme, YEAR);
        competency = jdbc.sql("select min(id) from booklet.competency")
                .query(Long.class)
                .single();
        for (int i = 0; i < 20; i++) {
            boolean other = i == 19;
            long p = other ? otherProgramme : programme;
            long apprentice = trainings.apprentice("Livret", null);
            trainings.enrol(apprentice, p, other ? otherCohort : cohort, YEAR);
            ContractInfo contract = trainings.contract(
                    apprentice, p, YEAR, START, LocalDate.of(2026, 6, 30), other ? LocalDate.of(2025, 1, 10) : null);
            long booklet = jdbc.sql("insert into booklet.booklet (contract_id, apprentice_id, programme_id, cfa_id,"
                            + " site_id, grid_shared_at, grid_shared_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(
                            contract.id(),
                            apprentice,
                            p,
                            trainings.cfa,
                            trainings.site,
                            i < 10 ? OffsetDateTime.of(2024, 9, 10, 9, 0, 0, 0, ZoneOffset.UTC) : null,
                            i < 10 ? "Formatrice" : null)
                    .query(Long.class)
                    .single();
            if (i < 19) {
                for (LocalDate day : IN_EACH_QUARTER) {
                    evaluate(booklet, contract, "MENTOR", day);
                    if (i < 10) {
                        evaluate(booklet, contract, "TRAINER", day.plusDays(3));
                    }
                }
            }
            if (i == 0) {
                // after the last quarter over: expected in the next one, not counted yet
                evaluate(booklet, contract, "TRAINER", LocalDate.of(2025, 6, 10));
            }
            if (i < 5) {
                long entry = jdbc.sql("insert into booklet.entry (booklet_id, contract_id, apprentice_id, kind,"
                                + " period_start, period_end, activities, author_role, author_name, posted_at)"
                                + " values (?, ?, ?, 'PERIOD_RETURN', ?, ?, 'Chantier', 'APPRENTICE', 'Apprentie', ?)"
                                + " returning id")
                        .params(
                                booklet,
                                contract.id(),
                                apprentice,
                                LocalDate.of(2025, 1, 6),
                                LocalDate.of(2025, 1, 17),
                                OffsetDateTime.of(2025, 1, 20, 18, 0, 0, 0, ZoneOffset.UTC))
                        .query(Long.class)
                        .single();
                jdbc.sql("insert into booklet.entry (booklet_id, contract_id, apprentice_id, kind, parent_id, body,"
                                + " author_role, author_name, posted_at) values (?, ?, ?, 'REPLY', ?, 'Bravo',"
                                + " 'MENTOR', 'Maître', ?)")
                        .params(
                                booklet,
                                contract.id(),
                                apprentice,
                                entry,
                                OffsetDateTime.of(2025, 1, 22, 8, 0, 0, 0, ZoneOffset.UTC))
                        .update();
            }
        }
    }

    @Test
    void givesTheShareOfExpectedEvaluationsDone() {
        IndicatorResult result = result(null);

        assertThat(result.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(result.people()).isEqualTo(20);
        assertThat(result.value()).isEqualTo(75.0);
        assertThat(result.source()).isEqualTo("Livret d'apprentissage");
    }

    @Test
    void countsOnlyTheProgrammesApprenticesAndHidesTheRateUnderTwentyPeople() {
        IndicatorValue value = indicators
                .indicators(new IndicatorScope(trainings.cfa, programme, new SchoolYear(YEAR), REFERENCE))
                .get(0);
        assertThat(value.key()).isEqualTo(IndicatorKeys.EVALUATIONS_DONE);
        assertThat(value.numerator()).isEqualTo(87.0);
        assertThat(value.denominator()).isEqualTo(114);
        assertThat(value.people()).isEqualTo(19);

        IndicatorResult result = result(programme);
        assertThat(result.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
        assertThat(result.people()).isEqualTo(19);
        assertThat(result.value()).isNull();
    }

    @Test
    void provesIndicatorThirteenWithTheLivretsOfTheLastTwelveMonths() throws Exception {
        List<QualiopiEvidence> items = evidence.evidenceFor(trainings.cfa, REFERENCE);

        assertThat(items).hasSize(1);
        QualiopiEvidence livrets = items.get(0);
        assertThat(livrets.indicator()).isEqualTo(13);
        assertThat(livrets.title())
                .isEqualTo("Livrets d'apprentissage : 19 livrets actifs sur 12 mois (5 retours de période, 88"
                        + " évaluations)");
        assertThat(livrets.description())
                .isEqualTo("Échanges entre l'apprenti, le maître d'apprentissage et le formateur : 5 notes et"
                        + " réponses ; 10 grilles d'évaluation partagées ; dernière activité le 10/06/2025.");
        assertThat(livrets.date()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(readiness(REFERENCE, "PRESENT")).contains("data-indicator=\"13\"");
    }

    @Test
    void showsIndicatorThirteenOutOfDateWhenTheLivretsWereSilentForAYear() throws Exception {
        LocalDate later = LocalDate.of(2026, 9, 1);

        assertThat(evidence.evidenceFor(trainings.cfa, later))
                .extracting(QualiopiEvidence::title)
                .containsExactly("Livrets d'apprentissage : 19 livrets actifs en 2024-2025, dernière activité le"
                        + " 10/06/2025 (aucune depuis)");
        assertThat(readiness(later, "OUT_OF_DATE")).contains("data-indicator=\"13\"");
    }

    private String readiness(LocalDate reference, String status) throws Exception {
        return mvc.perform(get("/quality/qualiopi")
                        .param("cfa", Long.toString(trainings.cfa))
                        .param("reference", reference.toString())
                        .param("status", status)
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private IndicatorResult result(Long programmeId) {
        return quality
                .indicators(new IndicatorScope(trainings.cfa, programmeId, new SchoolYear(YEAR), REFERENCE))
                .stream()
                .filter(r -> r.key().equals(IndicatorKeys.EVALUATIONS_DONE))
                .findFirst()
                .orElseThrow();
    }

    private void evaluate(long booklet, ContractInfo contract, String evaluator, LocalDate day) {
        jdbc.sql("insert into booklet.evaluation (booklet_id, contract_id, apprentice_id, competency_id, level,"
                        + " evaluator, evaluator_name, evaluated_on, recorded_at) values (?, ?, ?, ?, 'ACQUIRING', ?,"
                        + " 'Évaluateur', ?, ?)")
                .params(
                        booklet,
                        contract.id(),
                        contract.apprenticeId(),
                        competency,
                        evaluator,
                        day,
                        day.atTime(12, 0).atOffset(ZoneOffset.UTC))
                .update();
    }
}
