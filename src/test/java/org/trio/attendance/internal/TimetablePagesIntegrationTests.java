package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trio.TrioIntegrationTest;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.NewSession;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionInfo;
import org.trio.attendance.SessionMode;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.DateRange;
import org.trio.shared.InvalidInputException;
import org.trio.support.Logins;

/**
 * Sessions entered, changed, deleted and duplicated through the week view of a cohort's timetable, as the secretariat
 * of the demo CFA.
 */
@TrioIntegrationTest
class TimetablePagesIntegrationTests {

    private static final DateRange YEAR = new DateRange(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31));
    private static final DateRange OCTOBER = new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));

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
    TimetableService timetables;

    @Autowired
    JdbcClient jdbc;

    AttendanceFixtures fixtures;
    Logins logins;

    @BeforeEach
    void fixtures() {
        fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
        logins = new Logins(users);
    }

    private MockHttpServletRequestBuilder asSecretariat(MockHttpServletRequestBuilder request) {
        return request.with(logins.as("secretariat@demo.trio")).with(csrf());
    }

    private static MockHttpServletRequestBuilder session(
            MockHttpServletRequestBuilder request,
            String day,
            String start,
            String end,
            String subject,
            Long trainer,
            String room,
            String mode) {
        return request.param("day", day)
                .param("start", start)
                .param("end", end)
                .param("subject", subject)
                .param("trainerStaffId", trainer == null ? "" : String.valueOf(trainer))
                .param("room", room)
                .param("mode", mode);
    }

    private List<SessionInfo> sessions(long cohort) {
        return attendance.sessionsOfCohort(cohort, YEAR);
    }

    @Test
    void plansASessionFromTheWeekViewAndShowsItInItsWeek() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(0);
        AttendanceFixtures.StaffMember trainer = fixtures.trainer(cohort.cfaId());

        MvcResult result = mvc.perform(session(
                        asSecretariat(post("/attendance/cohorts/" + cohort.id() + "/sessions")),
                        "2025-10-07",
                        "13:00",
                        "16:30",
                        "Atelier pâtisserie",
                        trainer.id(),
                        "Labo 2",
                        "DISTANCE"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/attendance/cohorts/" + cohort.id() + "/timetable?week=2025-10-07");
        assertThat(result.getFlashMap().get("notice")).isEqualTo("Séance ajoutée à l'emploi du temps.");
        assertThat(result.getFlashMap().get("warnings"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isEmpty();
        assertThat(sessions(cohort.id()))
                .extracting(
                        SessionInfo::day,
                        SessionInfo::start,
                        SessionInfo::end,
                        SessionInfo::subject,
                        SessionInfo::trainerStaffId,
                        SessionInfo::room,
                        SessionInfo::mode)
                .containsExactly(tuple(
                        LocalDate.of(2025, 10, 7),
                        LocalTime.of(13, 0),
                        LocalTime.of(16, 30),
                        "Atelier pâtisserie",
                        trainer.id(),
                        "Labo 2",
                        SessionMode.DISTANCE));
        assertThat(jdbc.sql("select source from attendance.timetable_session where cohort_id = :c")
                        .param("c", cohort.id())
                        .query(String.class)
                        .single())
                .isEqualTo("MANUAL");

        String week = mvc.perform(get("/attendance/cohorts/" + cohort.id() + "/timetable")
                        .param("week", "2025-10-09")
                        .with(logins.as("secretariat@demo.trio")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(week)
                .contains("Atelier pâtisserie")
                .contains("13:00–16:30")
                .contains(trainer.lastName() + " " + trainer.firstName())
                .contains("Labo 2");
    }

    @Test
    void showsTheErrorsOfAWrongSessionInTheWeekViewAndSavesNothing() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(0);

        MvcResult order = mvc.perform(session(
                        asSecretariat(post("/attendance/cohorts/" + cohort.id() + "/sessions")),
                        "2025-10-07",
                        "12:00",
                        "10:00",
                        "À l'envers",
                        null,
                        "",
                        "IN_PERSON"))
                .andReturn();
        MvcResult blank = mvc.perform(session(
                        asSecretariat(post("/attendance/cohorts/" + cohort.id() + "/sessions")),
                        "2025-10-07",
                        "08:30",
                        "12:00",
                        " ",
                        null,
                        "",
                        "IN_PERSON"))
                .andReturn();
        MvcResult outside = mvc.perform(session(
                        asSecretariat(post("/attendance/cohorts/" + cohort.id() + "/sessions")),
                        "2026-09-07",
                        "08:30",
                        "12:00",
                        "Trop tard",
                        null,
                        "",
                        "IN_PERSON"))
                .andReturn();

        assertThat(order.getResponse().getStatus()).isEqualTo(200);
        assertThat(order.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Fin : l&#39;heure de fin doit suivre l&#39;heure de début.");
        assertThat(blank.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Matière ou module : ce champ est obligatoire.");
        assertThat(outside.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Date : en dehors de l&#39;année scolaire 2025-2026 de la promotion.");
        assertThat(sessions(cohort.id())).isEmpty();
    }

    @Test
    void changesASessionThroughItsFormAndRecountsTheLinesOfItsRollCall() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(2);
        long session = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(
                session, List.of(new RollCallEntry(cohort.apprentices().get(0), AttendanceStatus.LATE, 30)));
        assertThat(attendance.summaryOfCohort(cohort.id(), OCTOBER).plannedMinutes())
                .isEqualTo(2 * 210);

        String form = mvc.perform(
                        get("/attendance/sessions/" + session + "/edit").with(logins.as("secretariat@demo.trio")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("value=\"2025-10-06\"")
                .contains("value=\"08:30")
                .contains("value=\"12:00");

        MvcResult changed = mvc.perform(session(
                        asSecretariat(post("/attendance/sessions/" + session)),
                        "2025-10-06",
                        "09:00",
                        "11:30",
                        "Module raccourci",
                        null,
                        "B14",
                        "DISTANCE"))
                .andReturn();

        assertThat(changed.getResponse().getRedirectedUrl())
                .isEqualTo("/attendance/cohorts/" + cohort.id() + "/timetable?week=2025-10-06");
        assertThat(changed.getFlashMap().get("notice")).isEqualTo("Séance modifiée.");
        SessionInfo info = attendance.session(session).orElseThrow();
        assertThat(info.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(info.end()).isEqualTo(LocalTime.of(11, 30));
        assertThat(info.subject()).isEqualTo("Module raccourci");
        assertThat(info.room()).isEqualTo("B14");
        AttendanceSummary recounted = attendance.summaryOfCohort(cohort.id(), OCTOBER);
        assertThat(recounted.plannedMinutes()).isEqualTo(2 * 150);
        assertThat(recounted.realisedMinutes()).isEqualTo(150 + 120);
        assertThat(recounted.lateMinutes()).isEqualTo(30);
        assertThat(recounted.distancePlannedMinutes()).isEqualTo(2 * 150);

        MvcResult moved = mvc.perform(session(
                        asSecretariat(post("/attendance/sessions/" + session)),
                        "2025-10-07",
                        "09:00",
                        "11:30",
                        "Module raccourci",
                        null,
                        "B14",
                        "DISTANCE"))
                .andReturn();

        assertThat(moved.getResponse().getStatus()).isEqualTo(200);
        assertThat(moved.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Date : l&#39;appel de cette séance est fait, sa date ne peut plus changer");
        assertThat(attendance.session(session).orElseThrow().day()).isEqualTo(AttendanceFixtures.MONDAY);
    }

    @Test
    void deletesASessionUntilItsRollCallIsTaken() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long planned = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, null);
        long called = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 13, 0, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(called, List.of());

        MvcResult deleted = mvc.perform(asSecretariat(post("/attendance/sessions/" + planned + "/delete")))
                .andReturn();
        MvcResult refused = mvc.perform(asSecretariat(post("/attendance/sessions/" + called + "/delete")))
                .andReturn();

        assertThat(deleted.getResponse().getRedirectedUrl())
                .isEqualTo("/attendance/cohorts/" + cohort.id() + "/timetable?week=2025-10-06");
        assertThat(deleted.getFlashMap().get("notice")).isEqualTo("Séance supprimée.");
        assertThat(refused.getFlashMap().get("error"))
                .isEqualTo("Cette séance ne peut pas être supprimée : son appel est déjà fait.");
        assertThat(sessions(cohort.id())).extracting(SessionInfo::id).containsExactly(called);
        assertThat(attendance.summaryOfCohort(cohort.id(), OCTOBER).lines()).isOne();
    }

    @Test
    void duplicatesAWeekDayForDaySkippingTheCopiesThatWouldOverlap() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        AttendanceFixtures.StaffMember trainer = fixtures.trainer(cohort.cfaId());
        LocalDate monday = AttendanceFixtures.MONDAY;
        long first = fixtures.session(cohort.id(), monday, 8, 30, SessionMode.IN_PERSON, trainer.id());
        fixtures.session(cohort.id(), monday, 13, 0, SessionMode.DISTANCE, null);
        fixtures.session(cohort.id(), monday.plusDays(2), 8, 30, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(first, List.of());
        attendance.planSession(
                cohort.id(),
                new NewSession(
                        monday.plusDays(9),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        "Déjà prévu",
                        null,
                        null,
                        SessionMode.IN_PERSON));

        MvcResult result = mvc.perform(
                        asSecretariat(post("/attendance/cohorts/" + cohort.id() + "/timetable/duplicate"))
                                .param("source", "2025-10-08")
                                .param("target", "2025-10-17"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/attendance/cohorts/" + cohort.id() + "/timetable?week=2025-10-17");
        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("2 séance(s) copiée(s), 1 ignorée(s) parce qu'elles chevauchaient une séance existante ou"
                        + " sortaient de l'année.");
        assertThat(result.getFlashMap().get("warnings"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("Attention : le lundi 13 octobre 2025 n'est pas un jour au CFA dans le calendrier"
                        + " d'alternance de la promotion.");
        List<SessionInfo> copies =
                attendance.sessionsOfCohort(cohort.id(), new DateRange(monday.plusDays(7), monday.plusDays(13)));
        assertThat(copies)
                .extracting(
                        SessionInfo::day,
                        SessionInfo::start,
                        SessionInfo::end,
                        SessionInfo::trainerStaffId,
                        SessionInfo::room,
                        SessionInfo::mode,
                        SessionInfo::rollCallTaken)
                .containsExactly(
                        tuple(
                                monday.plusDays(7),
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                trainer.id(),
                                "B12",
                                SessionMode.IN_PERSON,
                                false),
                        tuple(
                                monday.plusDays(7),
                                LocalTime.of(13, 0),
                                LocalTime.of(16, 30),
                                null,
                                "B12",
                                SessionMode.DISTANCE,
                                false),
                        tuple(
                                monday.plusDays(9),
                                LocalTime.of(10, 0),
                                LocalTime.of(11, 0),
                                null,
                                null,
                                SessionMode.IN_PERSON,
                                false));
        assertThat(copies.get(0).subject()).isEqualTo("Module 2025-10-06 08:30");

        assertThatThrownBy(() -> timetables.duplicateWeek(cohort.id(), monday, monday.plusDays(4)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("attendance.duplicate.same-week"));
        MvcResult empty = mvc.perform(asSecretariat(post("/attendance/cohorts/" + cohort.id() + "/timetable/duplicate"))
                        .param("source", "2025-11-03")
                        .param("target", "2025-11-10"))
                .andReturn();
        assertThat(empty.getFlashMap().get("error")).isEqualTo("Dupliquer : la semaine copiée n'a aucune séance.");
        assertThat(sessions(cohort.id())).hasSize(6);
    }
}
