package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.attendance.AbsenceRecorded;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionMode;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.support.Logins;

/**
 * Who is told of an absence: the maître d'apprentissage of the contract in force that day, the legal representatives of
 * a minor only, nobody for an excused absence or a late arrival.
 */
@TrioIntegrationTest
@RecordApplicationEvents
class AbsenceNoticesIntegrationTests {

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

    private List<String> mailsTo(String recipient) {
        return jdbc.sql("select body from platform.outbound_mail where recipient = :to order by id")
                .param("to", recipient)
                .query(String.class)
                .list();
    }

    private List<String> noticeKinds(long apprentice, LocalDate day) {
        return jdbc.sql("""
                        select n.recipient_kind from attendance.absence_notice n
                        join attendance.attendance_record r on r.id = n.record_id
                        where r.apprentice_id = :apprentice and r.day = :day order by n.recipient_kind
                        """)
                .param("apprentice", apprentice)
                .param("day", day)
                .query(String.class)
                .list();
    }

    private void absent(long session, long apprentice, AttendanceStatus status, Integer lateMinutes) {
        attendance.takeRollCall(session, List.of(new RollCallEntry(apprentice, status, lateMinutes)));
    }

    @Test
    void tellsTheMaitreOfTheContractInForceThatDayAndTheParentOfAMinor() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        LocalDate contractStart = AttendanceFixtures.MONDAY.plusDays(7);
        AttendanceFixtures.SignedContract contract =
                fixtures.contract(cohort.enrolments().get(0), contractStart, mvc, logins.as("secretariat@demo.trio"));
        long before = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);
        long during = fixtures.session(cohort.id(), contractStart.plusDays(1), 8, 30, SessionMode.IN_PERSON, null);

        absent(before, apprentice, AttendanceStatus.ABSENT, null);
        absent(during, apprentice, AttendanceStatus.ABSENT, null);
        absent(during, apprentice, AttendanceStatus.ABSENT, null);

        assertThat(noticeKinds(apprentice, AttendanceFixtures.MONDAY)).containsExactly("LEGAL_REPRESENTATIVE");
        assertThat(noticeKinds(apprentice, contractStart.plusDays(1)))
                .containsExactly("LEGAL_REPRESENTATIVE", "MENTOR");
        assertThat(mailsTo(contract.mentorEmail()))
                .singleElement()
                .asString()
                .startsWith("Bonjour Marc Fournil")
                .contains("a été noté(e) absent(e) au CFA")
                .contains("le mardi 14 octobre 2025, à la séance de 08:30 à 12:00");
        assertThat(mailsTo(cohort.parentEmails().get(0))).hasSize(2);
    }

    @Test
    void tellsTheMaitreButNotTheParentsOfAnAdultApprentice() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1, AttendanceFixtures.ADULT);
        long apprentice = cohort.apprentices().get(0);
        AttendanceFixtures.SignedContract contract = fixtures.contract(
                cohort.enrolments().get(0), LocalDate.of(2025, 9, 1), mvc, logins.as("secretariat@demo.trio"));
        long session = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 13, 0, SessionMode.DISTANCE, null);

        absent(session, apprentice, AttendanceStatus.ABSENT, null);

        assertThat(noticeKinds(apprentice, AttendanceFixtures.MONDAY)).containsExactly("MENTOR");
        assertThat(mailsTo(contract.mentorEmail()))
                .singleElement()
                .asString()
                .contains("le lundi 6 octobre 2025, à la séance de 13:00 à 16:30");
        assertThat(mailsTo(cohort.parentEmails().get(0))).isEmpty();
    }

    @Test
    void tellsNobodyOfAnExcusedAbsenceOrALateArrival() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(2);
        AttendanceFixtures.SignedContract contract = fixtures.contract(
                cohort.enrolments().get(0), LocalDate.of(2025, 9, 1), mvc, logins.as("secretariat@demo.trio"));
        long session = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);

        attendance.takeRollCall(
                session,
                List.of(
                        new RollCallEntry(cohort.apprentices().get(0), AttendanceStatus.EXCUSED, null),
                        new RollCallEntry(cohort.apprentices().get(1), AttendanceStatus.LATE, 20)));

        assertThat(mailsTo(contract.mentorEmail())).isEmpty();
        assertThat(mailsTo(cohort.parentEmails().get(0))).isEmpty();
        assertThat(mailsTo(cohort.parentEmails().get(1))).isEmpty();
        assertThat(events.stream(AbsenceRecorded.class).filter(e -> e.sessionId() == session))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.apprenticeId()).isEqualTo(cohort.apprentices().get(0));
                    assertThat(e.excused()).isTrue();
                    assertThat(e.minutes()).isEqualTo(210);
                });
    }
}
