package org.trio.attendance.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionMode;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.NewPeriod;
import org.trio.calendar.PeriodKind;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.NewEnrolment;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCohort;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * Builds the test's own cohort of the 2025-2026 school year at the demo CFA's main site, with a CFA week from Monday 6
 * October 2025, and its own minor apprentices (each with a legal representative), so tests never depend on the demo
 * data's counts.
 */
class AttendanceFixtures {

    static final LocalDate MONDAY = LocalDate.of(2025, 10, 6);

    record Cohort(long id, long cfaId, long siteId, List<Long> apprentices, List<String> parentEmails) {}

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final CalendarManagement calendars;
    private final AttendanceManagement attendance;
    private final JdbcClient jdbc;

    AttendanceFixtures(
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            CalendarManagement calendars,
            AttendanceManagement attendance,
            JdbcClient jdbc) {
        this.referential = referential;
        this.enrolments = enrolments;
        this.calendars = calendars;
        this.attendance = attendance;
        this.jdbc = jdbc;
    }

    long demoCfa() {
        return jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
    }

    long personOf(String username) {
        return jdbc.sql("select person_id from access.account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    Cohort cohort(int apprentices) {
        long cfa = demoCfa();
        SiteInfo site = referential.sitesOfCfa(cfa).get(0);
        long network = referential.cfa(cfa).orElseThrow().networkId();
        long programme = referential.programmesOfNetwork(network).get(0).id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long cohort = referential.registerCohort(new NewCohort(
                programme, site.id(), 2025, 1, "Test " + tag, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)));
        calendars.addCohortPeriod(cohort, new NewPeriod(PeriodKind.CFA, MONDAY, MONDAY.plusDays(6), "Semaine au CFA"));
        calendars.addCohortPeriod(
                cohort, new NewPeriod(PeriodKind.COMPANY, MONDAY.plusDays(7), MONDAY.plusDays(20), "Entreprise"));
        List<Long> ids = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < apprentices; i++) {
            long apprentice = referential.registerApprentice(new NewApprentice(
                    cfa,
                    site.id(),
                    "Testeur",
                    null,
                    "Élève" + (char) ('A' + i) + tag.substring(0, 3).replaceAll("[0-9]", "x"),
                    null,
                    null,
                    LocalDate.of(2009, 3, 1 + i),
                    null,
                    null,
                    null,
                    "F",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "1"));
            String parent = "parent." + tag + "." + i + "@exemple.fr";
            referential.registerLegalRepresentative(
                    new NewLegalRepresentative(apprentice, 1, "Testeur", "Claire", "Mère", parent, null, null, null));
            enrolments.enrol(new NewEnrolment(
                    apprentice,
                    programme,
                    cohort,
                    cfa,
                    site.id(),
                    2025,
                    1,
                    LocalDate.of(2025, 8, 20),
                    LocalDate.of(2025, 9, 1),
                    LocalDate.of(2026, 6, 30),
                    24,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            ids.add(apprentice);
            parents.add(parent);
        }
        return new Cohort(cohort, cfa, site.id(), ids, parents);
    }

    long session(long cohort, LocalDate day, int startHour, int startMinute, SessionMode mode, Long trainer) {
        LocalTime start = LocalTime.of(startHour, startMinute);
        return attendance.planSession(
                cohort,
                new NewSession(
                        day, start, start.plusMinutes(210), "Module " + day + " " + start, trainer, "B12", mode));
    }
}
