package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionMode;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.NewPeriod;
import org.trio.calendar.PeriodKind;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.NewEnrolment;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.DiplomaType;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCohort;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.NewMentor;
import org.trio.referential.NewProgramme;
import org.trio.referential.NewSite;
import org.trio.referential.NewStaffMember;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteKind;
import org.trio.referential.StaffFunction;

/**
 * Builds the test's own cohort of the 2025-2026 school year at the demo CFA's main site (or a site of the test's own),
 * with a CFA week from Monday 6 October 2025 then two weeks in the company, and its own apprentices (each with a legal
 * representative; minors unless told otherwise), so tests never depend on the demo data's counts. Also the test's own
 * programmes, trainers, and contracts with a maître d'apprentissage.
 */
class AttendanceFixtures {

    static final LocalDate MONDAY = LocalDate.of(2025, 10, 6);

    /** Born in 2009: a minor during the 2025-2026 school year. */
    static final LocalDate MINOR = LocalDate.of(2009, 3, 1);

    /** Born in 2000: an adult. */
    static final LocalDate ADULT = LocalDate.of(2000, 3, 1);

    private static final SplittableRandom RANDOM = new SplittableRandom();

    record Cohort(
            long id,
            long cfaId,
            long siteId,
            long programmeId,
            String label,
            List<Long> apprentices,
            List<Long> enrolments,
            List<String> parentEmails) {}

    /** A contract recorded with its employer and its maître d'apprentissage. */
    record SignedContract(long id, long employerId, String employerName, long mentorId, String mentorEmail) {}

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

    long demoNetwork() {
        return referential.cfa(demoCfa()).orElseThrow().networkId();
    }

    long personOf(String username) {
        return jdbc.sql("select person_id from access.account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A cohort of the first programme of the demo network at the demo CFA's first site, with minor apprentices. */
    Cohort cohort(int apprentices) {
        return cohort(apprentices, MINOR);
    }

    Cohort cohort(int apprentices, LocalDate birthDate) {
        long cfa = demoCfa();
        long programme = referential.programmesOfNetwork(demoNetwork()).get(0).id();
        return cohort(cfa, referential.sitesOfCfa(cfa).get(0).id(), programme, apprentices, birthDate);
    }

    /** A cohort of the given programme at the given site of a CFA, with apprentices born on that day. */
    Cohort cohort(long cfa, long site, long programme, int apprentices, LocalDate birthDate) {
        return cohort(cfa, site, programme, apprentices, birthDate, "Test " + tag());
    }

    /** A cohort with this label, of the given programme at the given site of a CFA. */
    Cohort cohort(long cfa, long site, long programme, int apprentices, LocalDate birthDate, String label) {
        String tag = tag();
        long cohort = referential.registerCohort(
                new NewCohort(programme, site, 2025, 1, label, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)));
        calendars.addCohortPeriod(cohort, new NewPeriod(PeriodKind.CFA, MONDAY, MONDAY.plusDays(6), "Semaine au CFA"));
        calendars.addCohortPeriod(
                cohort, new NewPeriod(PeriodKind.COMPANY, MONDAY.plusDays(7), MONDAY.plusDays(20), "Entreprise"));
        List<Long> ids = new ArrayList<>();
        List<Long> enrolmentIds = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < apprentices; i++) {
            long apprentice = referential.registerApprentice(new NewApprentice(
                    cfa,
                    site,
                    "Testeur",
                    null,
                    "Élève" + (char) ('A' + i) + tag.substring(0, 3).replaceAll("[0-9]", "x"),
                    null,
                    null,
                    birthDate.plusDays(i),
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
            enrolmentIds.add(enrolments.enrol(new NewEnrolment(
                    apprentice,
                    programme,
                    cohort,
                    cfa,
                    site,
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
                    null)));
            ids.add(apprentice);
            parents.add(parent);
        }
        return new Cohort(cohort, cfa, site, programme, label, ids, enrolmentIds, parents);
    }

    /** A programme of the demo network of the test's own, with this label. */
    long programme(String label) {
        return referential.registerProgramme(new NewProgramme(
                demoNetwork(),
                null,
                "RNCP" + (10000 + RANDOM.nextInt(89999)),
                label,
                null,
                DiplomaType.CAP,
                3,
                null,
                24,
                null,
                null));
    }

    /** A site of the test's own for a CFA. */
    long site(long cfa) {
        return referential.registerSite(new NewSite(
                cfa,
                "Site d'essai " + tag(),
                SiteKind.SITE,
                null,
                DemoIdentifiers.uai(String.format("%03d", 10 + RANDOM.nextInt(85)), RANDOM),
                null,
                null,
                null,
                null,
                null));
    }

    /** A trainer of the CFA, with a unique name and e-mail address. */
    StaffMember trainer(long cfa) {
        String tag = tag().replaceAll("[0-9]", "x");
        String email = "formatrice." + tag + "@cfa-test.fr";
        long id = referential.registerStaffMember(new NewStaffMember(
                referential.cfa(cfa).orElseThrow().networkId(),
                cfa,
                null,
                "Planche" + tag,
                "Inès",
                email,
                null,
                StaffFunction.TRAINER,
                "Formatrice"));
        return new StaffMember(id, "Inès", "Planche" + tag, email);
    }

    record StaffMember(long id, String firstName, String lastName, String email) {}

    /**
     * Records a contract from {@code start} to 31 August 2026 for the enrolment, with a new employer and its maître
     * d'apprentissage (who has an e-mail address), through the contract module's page as a user allowed to record
     * contracts (the contract module offers no command in its facade).
     */
    SignedContract contract(long enrolment, LocalDate start, MockMvc mvc, RequestPostProcessor recorder)
            throws Exception {
        String siret = DemoIdentifiers.siret(RANDOM);
        String tag = tag().replaceAll("[0-9]", "x");
        String name = "Boulangerie " + tag;
        long employer = referential.registerEmployer(
                new NewEmployer(siret, name, "1071C", null, 4, "11", null, null, null, null, null, null, null, null));
        String email = "maitre." + tag + "@boulangerie.fr";
        long mentor = referential.registerMentor(new NewMentor(
                employer,
                "Fournil" + tag,
                "Marc",
                LocalDate.of(1975, 3, 1),
                email,
                null,
                "Boulanger",
                "31",
                (short) 3,
                (short) 10,
                null,
                null));
        String redirect = mvc.perform(post("/enrolments/" + enrolment + "/contracts/new")
                        .with(recorder)
                        .with(csrf())
                        .param("employerSiret", siret)
                        .param("mentor1Id", String.valueOf(mentor))
                        .param("contractType", "11")
                        .param("contractMode", "1")
                        .param("conclusionDate", start.minusDays(10).toString())
                        .param("startDate", start.toString())
                        .param("practicalTrainingStart", start.toString())
                        .param("endDate", "2026-08-31")
                        .param("weeklyHours", "35"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).as("contract recorded").matches("/contracts/\\d+");
        return new SignedContract(
                Long.parseLong(redirect.substring("/contracts/".length())), employer, name, mentor, email);
    }

    long session(long cohort, LocalDate day, int startHour, int startMinute, SessionMode mode, Long trainer) {
        LocalTime start = LocalTime.of(startHour, startMinute);
        return attendance.planSession(
                cohort,
                new NewSession(
                        day, start, start.plusMinutes(210), "Module " + day + " " + start, trainer, "B12", mode));
    }
}
