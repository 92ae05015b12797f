package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;
import org.trio.attendance.AbsenceInfo;
import org.trio.attendance.AbsenceJustificationDecided;
import org.trio.attendance.AbsenceThresholdReached;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.JustificationReason;
import org.trio.attendance.JustificationState;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionMode;
import org.trio.attendance.ThresholdKind;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.DateRange;
import org.trio.shared.InvalidInputException;
import org.trio.support.Logins;

/**
 * Justifications recorded by the secretariat (without a file, accepted at once), and the secretariat's decision through
 * its endpoint: a refusal needs a comment, and makes the absences unjustified again, which may reach a threshold.
 */
@TrioIntegrationTest
@RecordApplicationEvents
class JustificationIntegrationTests {

    private static final DateRange OCTOBER = new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));
    private static final LocalDate WEDNESDAY = AttendanceFixtures.MONDAY.plusDays(2);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    JustificationService justifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AttendanceFixtures fixtures;
    Logins logins;

    @BeforeEach
    void fixtures() {
        fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
        logins = new Logins(users);
    }

    private void absentOnWednesday(AttendanceFixtures.Cohort cohort, int... startHours) {
        for (int hour : startHours) {
            long session =
                    fixtures.session(cohort.id(), WEDNESDAY, hour, hour == 8 ? 30 : 0, SessionMode.IN_PERSON, null);
            attendance.takeRollCall(
                    session, List.of(new RollCallEntry(cohort.apprentices().get(0), AttendanceStatus.ABSENT, null)));
        }
    }

    private Map<String, Object> justification(long id) {
        return jdbc.sql("select status, submitted_by, decided_by, decision_comment,"
                        + " exists (select 1 from attendance.justification_file f where f.justification_id = j.id)"
                        + " as has_file from attendance.justification j where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private long latestJustificationOf(long apprentice) {
        return jdbc.sql("select max(id) from attendance.justification where apprentice_id = :a")
                .param("a", apprentice)
                .query(Long.class)
                .single();
    }

    private MvcResult decide(long justification, String accepted, String comment) throws Exception {
        var request = post("/attendance/justifications/" + justification + "/decision")
                .with(logins.as("secretariat@demo.trio"))
                .with(csrf());
        if (accepted != null) {
            request.param("accepted", accepted);
        }
        if (comment != null) {
            request.param("comment", comment);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void acceptsAtOnceAJustificationTheSecretariatRecordsWithoutAFile() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        absentOnWednesday(cohort, 8);

        MvcResult result = mvc.perform(post("/attendance/apprentices/" + apprentice + "/justifications")
                        .with(logins.as("secretariat@demo.trio"))
                        .with(csrf())
                        .param("firstDay", "2025-10-08")
                        .param("lastDay", "2025-10-08")
                        .param("reason", "MEDICAL_APPOINTMENT")
                        .param("comment", "Convocation vue au secrétariat")
                        .param("acceptNow", "true"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/attendance/apprentices/" + apprentice);
        assertThat(result.getFlashMap().get("notice")).isEqualTo("Justificatif enregistré et accepté.");
        long id = latestJustificationOf(apprentice);
        assertThat(justification(id))
                .containsEntry("status", "ACCEPTED")
                .containsEntry("submitted_by", "secretariat@demo.trio")
                .containsEntry("decided_by", "secretariat@demo.trio")
                .containsEntry("has_file", false);
        assertThat(attendance.absencesOf(apprentice, OCTOBER))
                .extracting(AbsenceInfo::state)
                .containsExactly(JustificationState.JUSTIFIED);
        AttendanceSummary summary = attendance.summaryOfApprentice(apprentice, OCTOBER);
        assertThat(summary.justifiedAbsenceMinutes()).isEqualTo(210);
        assertThat(summary.unjustifiedAbsenceMinutes()).isZero();
        assertThat(events.stream(AbsenceJustificationDecided.class).filter(e -> e.justificationId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.accepted()).isTrue());
    }

    @Test
    void keepsPendingAJustificationTheSecretariatRecordsWithoutAcceptingItAndRequiresAFileFromTheApprentice() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        absentOnWednesday(cohort, 8);
        JustificationForm form =
                new JustificationForm(WEDNESDAY, WEDNESDAY, JustificationReason.TRANSPORT, "Grève", false);

        assertThatThrownBy(() -> justifications.submit(apprentice, form, null, true, "apprenti@test"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("attendance.justification.file.required"));
        long id = justifications.submit(apprentice, form, null, false, "secretariat@demo.trio");

        assertThat(justification(id)).containsEntry("status", "PENDING").containsEntry("has_file", false);
        assertThat(attendance.absencesOf(apprentice, OCTOBER))
                .extracting(AbsenceInfo::state)
                .containsExactly(JustificationState.PENDING);
        assertThat(attendance.summaryOfApprentice(apprentice, OCTOBER).pendingAbsenceMinutes())
                .isEqualTo(210);
    }

    @Test
    void refusesOnlyWithACommentThenCountsTheAbsencesAsUnjustifiedAndReachesTheThresholdOnce() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        long id = justifications.submit(
                apprentice,
                new JustificationForm(WEDNESDAY, WEDNESDAY, JustificationReason.ILLNESS, null, false),
                null,
                false,
                "secretariat@demo.trio");
        absentOnWednesday(cohort, 8, 13);
        assertThat(attendance.summaryOfApprentice(apprentice, OCTOBER).pendingAbsenceMinutes())
                .isEqualTo(420);
        assertThat(events.stream(AbsenceThresholdReached.class).filter(e -> e.apprenticeId() == apprentice))
                .isEmpty();

        MvcResult noChoice = decide(id, null, null);
        MvcResult noComment = decide(id, "false", "  ");

        assertThat(noChoice.getResponse().getRedirectedUrl()).isEqualTo("/attendance/justifications");
        assertThat(noChoice.getFlashMap().get("error"))
                .isEqualTo("Décision : choisissez d'accepter ou de refuser le justificatif.");
        assertThat(noComment.getFlashMap().get("error"))
                .isEqualTo("Commentaire : indiquez pourquoi le justificatif est refusé.");
        assertThat(justification(id)).containsEntry("status", "PENDING");
        assertThat(events.stream(AbsenceJustificationDecided.class).filter(e -> e.justificationId() == id))
                .isEmpty();

        MvcResult refused = decide(id, "false", "Certificat illisible");

        assertThat(refused.getFlashMap().get("notice"))
                .isEqualTo("Justificatif refusé : les absences de ces jours restent non justifiées.");
        assertThat(justification(id))
                .containsEntry("status", "REFUSED")
                .containsEntry("decided_by", "secretariat@demo.trio")
                .containsEntry("decision_comment", "Certificat illisible");
        assertThat(attendance.absencesOf(apprentice, OCTOBER))
                .extracting(AbsenceInfo::state)
                .containsOnly(JustificationState.UNJUSTIFIED);
        assertThat(attendance.summaryOfApprentice(apprentice, OCTOBER).unjustifiedAbsenceMinutes())
                .isEqualTo(420);
        assertThat(events.stream(AbsenceJustificationDecided.class).filter(e -> e.justificationId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.accepted()).isFalse());
        assertThat(events.stream(AbsenceThresholdReached.class).filter(e -> e.apprenticeId() == apprentice))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH);
                    assertThat(e.measured()).isEqualByComparingTo("7.00");
                    assertThat(e.threshold()).isEqualByComparingTo("7.00");
                    assertThat(e.periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
                    assertThat(e.periodEnd()).isEqualTo(LocalDate.of(2025, 10, 31));
                });

        MvcResult twice = decide(id, "true", null);

        assertThat(twice.getFlashMap().get("error")).isEqualTo("Décision : ce justificatif a déjà été examiné.");
        assertThat(justification(id)).containsEntry("status", "REFUSED");
    }
}
