package org.trio.visit.internal;

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
 * What the visits give the quality module, on a CFA of its own in 2024-2025: 20 apprentices (19 in one programme, 1 in
 * another), each due a visit during the trial period (window 2 September → 20 October 2024), one within two months of
 * the start (→ 2 November 2024) and one before the end (2026, not yet due). 15 apprentices had both visits on time, 3
 * had the trial visit late (25 October) and the start visit on time, 2 had none: 33 of 40 due visits on time.
 */
@TrioIntegrationTest
class VisitQualityIntegrationTests {

    static final int YEAR = 2024;
    static final LocalDate REFERENCE = LocalDate.of(2025, 3, 15);
    static final LocalDate START = LocalDate.of(2024, 9, 2);

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
    VisitIndicators indicators;

    @Autowired
    VisitEvidence evidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    TestTrainings trainings;
    long programme;
    long otherProgramme;

    @BeforeEach
    void twentyApprenticesWithTheirDueVisits() {
        trainings = new TestTrainings(referential, enrolments, records, contracts);
        programme = trainings.twoYearProgrammes().get(0).id();
        otherProgramme = trainings.twoYearProgrammes().get(1).id();
        long cohort = trainings.cohort(programme, YEAR);
        long otherCohort = trainings.cohort(otherProgramme, YEAR);
        for (int i = 0; i < 20; i++) {
            boolean other = i == 19;
            long p = other ? otherProgramme : programme;
            long apprentice = trainings.apprentice("Visite", null);
            trainings.enrol(apprentice, p, other ? otherCohort : cohort, YEAR);
            ContractInfo contract = trainings.contract(apprentice, p, YEAR, START, LocalDate.of(2026, 6, 30), null);
            due(contract, "TRIAL", START, LocalDate.of(2024, 10, 20));
            due(contract, "START", START, LocalDate.of(2024, 11, 2));
            due(contract, "END", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 30));
            if (i < 15) {
                done(contract, "TRIAL", LocalDate.of(2024, 10, 1));
                done(contract, "START", LocalDate.of(2024, 10, 15));
            } else if (i < 18) {
                done(contract, "TRIAL", LocalDate.of(2024, 10, 25));
                done(contract, "START", LocalDate.of(2024, 10, 15));
            }
        }
    }

    @Test
    void givesTheShareOfDueVisitsDoneWithinTheirWindow() {
        IndicatorResult result = result(null);

        assertThat(result.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(result.people()).isEqualTo(20);
        assertThat(result.value()).isEqualTo(82.5);
        assertThat(result.source()).isEqualTo("Visites en entreprise");
    }

    @Test
    void countsOnlyTheProgrammesApprenticesAndHidesTheRateUnderTwentyPeople() {
        IndicatorValue value = indicators
                .indicators(new IndicatorScope(trainings.cfa, programme, new SchoolYear(YEAR), REFERENCE))
                .get(0);
        assertThat(value.key()).isEqualTo(IndicatorKeys.VISITS_ON_TIME);
        assertThat(value.numerator()).isEqualTo(33.0);
        assertThat(value.denominator()).isEqualTo(38);
        assertThat(value.people()).isEqualTo(19);

        IndicatorResult result = result(programme);
        assertThat(result.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
        assertThat(result.people()).isEqualTo(19);
        assertThat(result.value()).isNull();
    }

    @Test
    void countsADueVisitOnlyOnceItsWindowHasClosed() {
        IndicatorValue beforeTheStartWindowCloses = indicators
                .indicators(new IndicatorScope(trainings.cfa, null, new SchoolYear(YEAR), LocalDate.of(2024, 10, 31)))
                .get(0);

        // only the trial visits are due on 31 October: 15 on time out of 20
        assertThat(beforeTheStartWindowCloses.denominator()).isEqualTo(20);
        assertThat(beforeTheStartWindowCloses.numerator()).isEqualTo(15.0);
    }

    @Test
    void provesIndicatorThirteenWithTheVisitReportsOfTheLastTwelveMonths() throws Exception {
        List<QualiopiEvidence> items = evidence.evidenceFor(trainings.cfa, REFERENCE);

        assertThat(items).hasSize(1);
        QualiopiEvidence reports = items.get(0);
        assertThat(reports.indicator()).isEqualTo(13);
        assertThat(reports.title())
                .isEqualTo("Comptes rendus de visite en entreprise : 36 sur 12 mois, du 01/10/2024 au 25/10/2024");
        assertThat(reports.description()).contains("18 lus par le maître ; 2 actions décidées, dont 1 closes.");
        assertThat(reports.date()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(reports.source()).isEqualTo("Visites en entreprise");
        assertThat(readiness(REFERENCE, "PRESENT")).contains("data-indicator=\"13\"");
    }

    @Test
    void showsIndicatorThirteenOutOfDateWhenNoReportWasFiledForAYear() throws Exception {
        LocalDate later = LocalDate.of(2026, 1, 15);

        List<QualiopiEvidence> items = evidence.evidenceFor(trainings.cfa, later);

        assertThat(items)
                .extracting(QualiopiEvidence::title)
                .containsExactly(
                        "Comptes rendus de visite en entreprise : 36 en 2024-2025, le dernier le 25/10/2024 (aucun"
                                + " depuis)");
        assertThat(readiness(later, "OUT_OF_DATE")).contains("data-indicator=\"13\"");
        assertThat(readiness(later, "PRESENT")).doesNotContain("data-indicator=\"13\"");
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
                .filter(r -> r.key().equals(IndicatorKeys.VISITS_ON_TIME))
                .findFirst()
                .orElseThrow();
    }

    private void due(ContractInfo contract, String rule, LocalDate from, LocalDate to) {
        jdbc.sql("insert into visit.due_visit (contract_id, apprentice_id, cfa_id, site_id, rule_code, label,"
                        + " window_start, window_end) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(contract.id(), contract.apprenticeId(), trainings.cfa, trainings.site, rule, rule, from, to)
                .update();
    }

    private int reports;

    /** A visit done that day with its report; every second report read by the maître, the first with two actions. */
    private void done(ContractInfo contract, String rule, LocalDate day) {
        long visit = jdbc.sql("insert into visit.visit (contract_id, apprentice_id, cfa_id, site_id, rule_code, mode,"
                        + " planned_on, visitor_name, status, done_on, created_at) values (?, ?, ?, ?, ?, 'ON_SITE', ?,"
                        + " 'Formatrice', 'DONE', ?, ?) returning id")
                .params(
                        contract.id(),
                        contract.apprenticeId(),
                        trainings.cfa,
                        trainings.site,
                        rule,
                        day,
                        day,
                        OffsetDateTime.of(2024, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC))
                .query(Long.class)
                .single();
        long report = jdbc.sql("insert into visit.report (visit_id, contract_id, apprentice_id, visited_on,"
                        + " integration, missions, means, relationship, attendance, risk_level, filed_at, filed_by)"
                        + " values (?, ?, ?, ?, 'Bonne', 'Conformes', 'Suffisants', 'Bonne', 'Assidu', 'LOW', ?,"
                        + " 'Formatrice') returning id")
                .params(
                        visit,
                        contract.id(),
                        contract.apprenticeId(),
                        day,
                        day.atTime(17, 0).atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        if (reports % 2 == 0) {
            jdbc.sql("insert into visit.acknowledgement (report_id, role, person_id, name, acknowledged_at)"
                            + " values (?, 'MENTOR', 1, 'Maître', ?)")
                    .params(report, day.plusDays(2).atTime(9, 0).atOffset(ZoneOffset.UTC))
                    .update();
        }
        if (reports == 0) {
            for (int i = 0; i < 2; i++) {
                jdbc.sql("insert into visit.action (report_id, contract_id, apprentice_id, cfa_id, site_id,"
                                + " description, owner, due_on, closed_on) values (?, ?, ?, ?, ?, 'Action', 'MENTOR',"
                                + " ?, ?)")
                        .params(
                                report,
                                contract.id(),
                                contract.apprenticeId(),
                                trainings.cfa,
                                trainings.site,
                                day.plusDays(30),
                                i == 0 ? day.plusDays(20) : null)
                        .update();
            }
        }
        reports++;
    }
}
