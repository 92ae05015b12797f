package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.trio.TrioIntegrationTest;
import org.trio.attendance.AbsenceRecorded;
import org.trio.attendance.AbsenceThresholdReached;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.JustificationReason;
import org.trio.attendance.JustificationState;
import org.trio.attendance.MonthlyAbsenteeism;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.RollCallTaken;
import org.trio.attendance.SessionMode;
import org.trio.attendance.ThresholdKind;
import org.trio.shared.DateRange;
import org.trio.shared.InvalidInputException;

/**
 * Hours, rates and absenteeism on data with known answers: one apprentice over six sessions of 3 h 30 — present, present
 * at distance, 30 minutes late, excused, absent twice — then a justification accepted by the secretariat.
 */
@TrioIntegrationTest
@RecordApplicationEvents
class AttendanceIntegrationTests {

    private static final DateRange OCTOBER = new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    org.trio.referential.ReferentialManagement referential;

    @Autowired
    org.trio.contract.EnrolmentManagement enrolments;

    @Autowired
    org.trio.calendar.CalendarManagement calendars;

    @Autowired
    JustificationService justifications;

    @Autowired
    TimetableService timetables;

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AttendanceFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
    }

    @Test
    void computesHoursRatesAndAbsenteeismWithALateArrivalAnExcusedAbsenceAndADistanceSession() throws IOException {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        takeSixSessions(cohort.id(), apprentice);

        AttendanceSummary summary = attendance.summaryOfApprentice(apprentice, OCTOBER);
        assertThat(summary.lines()).isEqualTo(6);
        assertThat(summary.plannedMinutes()).isEqualTo(1260);
        assertThat(summary.realisedMinutes()).isEqualTo(600);
        assertThat(summary.completionRate()).isEqualByComparingTo("0.4762");
        assertThat(summary.distancePlannedMinutes()).isEqualTo(210);
        assertThat(summary.distanceShare()).isEqualByComparingTo("0.1667");
        assertThat(summary.absenceMinutes()).isEqualTo(630);
        assertThat(summary.justifiedAbsenceMinutes()).isEqualTo(210);
        assertThat(summary.unjustifiedAbsenceMinutes()).isEqualTo(420);
        assertThat(summary.absenteeismRate()).isEqualByComparingTo("0.5000");
        assertThat(summary.lateArrivals()).isEqualTo(1);
        assertThat(summary.lateMinutes()).isEqualTo(30);
        assertThat(attendance.summaryOfCohort(cohort.id(), OCTOBER)).isEqualTo(summary);

        List<MonthlyAbsenteeism> months = attendance.absenteeismOfCohort(
                cohort.id(), new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30)));
        assertThat(months)
                .extracting(MonthlyAbsenteeism::month)
                .containsExactly(YearMonth.of(2025, 9), YearMonth.of(2025, 10), YearMonth.of(2025, 11));
        assertThat(months.get(0).summary().plannedMinutes()).isZero();
        assertThat(months.get(1).summary().absenteeismRate()).isEqualByComparingTo("0.5000");

        assertThat(events.stream(AbsenceThresholdReached.class).filter(e -> e.apprenticeId() == apprentice))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH);
                    assertThat(event.measured()).isEqualByComparingTo("7.00");
                    assertThat(event.periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
                });
        assertThat(events.stream(AbsenceRecorded.class).filter(e -> e.apprenticeId() == apprentice))
                .hasSize(3);
        assertThat(events.stream(RollCallTaken.class).filter(e -> e.cohortId() == cohort.id()))
                .hasSize(6);

        long justification = justifications.submit(
                apprentice,
                new JustificationForm(
                        LocalDate.of(2025, 10, 8),
                        LocalDate.of(2025, 10, 8),
                        JustificationReason.ILLNESS,
                        "Fièvre",
                        false),
                new JustificationService.Upload("certificat.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)),
                true,
                "apprenti@test");
        assertThat(attendance.absencesOf(apprentice, OCTOBER))
                .filteredOn(a -> a.day().equals(LocalDate.of(2025, 10, 8)))
                .extracting(a -> a.state())
                .containsOnly(JustificationState.PENDING);
        justifications.decide(justification, true, null, "secretariat@test");

        AttendanceSummary justified = attendance.summaryOfApprentice(apprentice, OCTOBER);
        assertThat(justified.justifiedAbsenceMinutes()).isEqualTo(630);
        assertThat(justified.unjustifiedAbsenceMinutes()).isZero();
        assertThat(justified.completionRate()).isEqualByComparingTo("0.4762");

        byte[] pdf = certificates.render(apprentice, OCTOBER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Attestation d'assiduité")
                    .contains("Heures de formation prévues 21,00 h")
                    .contains("Heures de formation réalisées 10,00 h")
                    .contains("47,6 %")
                    .contains("dont heures prévues à distance 3,50 h")
                    .contains("Absences justifiées (dont excusées) 10,50 h")
                    .contains("Absences non justifiées 0,00 h")
                    .contains("Retards 1 (30 min)")
                    .contains("01/10/2025")
                    .contains("31/10/2025")
                    .contains(directorName(cohort.cfaId()));
        }
    }

    @Test
    void tellsTheLegalRepresentativeOfAMinorOfEachAbsenceWithoutItsReason() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        long session = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(session, List.of(new RollCallEntry(apprentice, AttendanceStatus.ABSENT, null)));
        attendance.takeRollCall(session, List.of(new RollCallEntry(apprentice, AttendanceStatus.ABSENT, null)));

        List<String> bodies = jdbc.sql("select body from platform.outbound_mail where recipient = :to")
                .param("to", cohort.parentEmails().get(0))
                .query(String.class)
                .list();
        assertThat(bodies)
                .singleElement()
                .asString()
                .contains("absent(e)")
                .contains("lundi 6 octobre 2025")
                .contains("08:30")
                .doesNotContain("Maladie");
    }

    @Test
    void recordsEveryoneExpectedAsPresentUnlessToldOtherwise() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(3);
        long session = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(
                session, List.of(new RollCallEntry(cohort.apprentices().get(1), AttendanceStatus.LATE, 15)));

        AttendanceSummary summary = attendance.summaryOfCohort(cohort.id(), OCTOBER);
        assertThat(summary.lines()).isEqualTo(3);
        assertThat(summary.realisedMinutes()).isEqualTo(3 * 210 - 15);
        assertThat(attendance.session(session).orElseThrow().rollCallTaken()).isTrue();
    }

    @Test
    void refusesALateArrivalWithoutMinutesAndSavesNothing() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(2);
        long session = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);
        assertThatThrownBy(() -> attendance.takeRollCall(
                        session,
                        List.of(
                                new RollCallEntry(cohort.apprentices().get(0), AttendanceStatus.ABSENT, null),
                                new RollCallEntry(cohort.apprentices().get(1), AttendanceStatus.LATE, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("lines[1].lateMinutes"));
        assertThat(attendance.summaryOfCohort(cohort.id(), OCTOBER).lines()).isZero();
        assertThat(attendance.session(session).orElseThrow().rollCallTaken()).isFalse();
    }

    @Test
    void warnsOfASessionOutsideTheCfaDaysAndRefusesAnOverlap() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(0);
        TimetableService.Planned planned = timetables.plan(
                cohort.id(),
                new org.trio.attendance.NewSession(
                        LocalDate.of(2025, 10, 14),
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(12, 0),
                        "Rattrapage",
                        null,
                        null,
                        SessionMode.IN_PERSON),
                SessionSource.MANUAL,
                null);
        assertThat(planned.warnings()).extracting(p -> p.code()).containsExactly("attendance.warning.not_a_cfa_day");
        assertThatThrownBy(() -> timetables.plan(
                        cohort.id(),
                        new org.trio.attendance.NewSession(
                                LocalDate.of(2025, 10, 14),
                                java.time.LocalTime.of(11, 0),
                                java.time.LocalTime.of(13, 0),
                                "Autre",
                                null,
                                null,
                                SessionMode.IN_PERSON),
                        SessionSource.MANUAL,
                        null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("attendance.session.overlap"));
    }

    @Test
    void refusesAJustificationFileThatIsNeitherAPdfNorAPhoto() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        assertThatThrownBy(() -> justifications.submit(
                        cohort.apprentices().get(0),
                        new JustificationForm(
                                LocalDate.of(2025, 10, 8),
                                LocalDate.of(2025, 10, 8),
                                JustificationReason.OTHER,
                                null,
                                false),
                        new JustificationService.Upload("virus.exe", new byte[] {'M', 'Z', 0, 0}),
                        true,
                        "apprenti@test"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("attendance.justification.file.type"));
        assertThat(jdbc.sql("select count(*) from attendance.justification where apprentice_id = :a")
                        .param("a", cohort.apprentices().get(0))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void takeSixSessions(long cohort, long apprentice) {
        LocalDate monday = AttendanceFixtures.MONDAY;
        Object[][] plan = {
            {monday, 8, 30, SessionMode.IN_PERSON, AttendanceStatus.PRESENT, null},
            {monday, 13, 0, SessionMode.DISTANCE, AttendanceStatus.PRESENT, null},
            {monday.plusDays(1), 8, 30, SessionMode.IN_PERSON, AttendanceStatus.LATE, 30},
            {monday.plusDays(1), 13, 0, SessionMode.IN_PERSON, AttendanceStatus.EXCUSED, null},
            {monday.plusDays(2), 8, 30, SessionMode.IN_PERSON, AttendanceStatus.ABSENT, null},
            {monday.plusDays(2), 13, 0, SessionMode.IN_PERSON, AttendanceStatus.ABSENT, null}
        };
        for (Object[] line : plan) {
            long session = fixtures.session(
                    cohort, (LocalDate) line[0], (int) line[1], (int) line[2], (SessionMode) line[3], null);
            attendance.takeRollCall(
                    session, List.of(new RollCallEntry(apprentice, (AttendanceStatus) line[4], (Integer) line[5])));
        }
    }

    private String directorName(long cfa) {
        return jdbc.sql("select first_name || ' ' || last_name from referential.staff_member where cfa_id = :cfa"
                        + " and function = 'DIRECTOR' order by last_name, first_name limit 1")
                .param("cfa", cfa)
                .query(String.class)
                .single();
    }
}
