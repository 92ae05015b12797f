package org.trio.attendance.internal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.JustificationReason;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.PeriodKind;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.referential.CohortInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.shared.PublicHolidays;

/**
 * Demo timetables and roll calls of the current school year: for every cohort with apprentices, two sessions a day
 * (08:30–12:00, 13:00–16:30) on the CFA days of its alternance calendar, from the start of the year to two weeks
 * ahead; roll calls for every past session (a few left undone in the last week), with about 3 % absences, 2.5 % late
 * arrivals and 1.5 % excused absences; justifications for part of the absences, some still to examine. Higher
 * education cohorts have their Friday afternoons at distance, and masters most of their time. Everything is loaded
 * with {@code COPY}; the volume grows with the apprentices (one roll-call line per apprentice and past session).
 */
@Component
class AttendanceDemoData implements DemoDataContributor {

    private static final String SESSION_COLUMNS = "id, cohort_id, programme_id, cfa_id, site_id, school_year, day,"
            + " start_time, end_time, subject, trainer_staff_id, room, mode, source, roll_call_at, roll_call_by";
    private static final String RECORD_COLUMNS = "session_id, apprentice_id, day, status, late_minutes,"
            + " planned_minutes, realised_minutes, absence_minutes, distance, recorded_at, recorded_by";
    private static final String JUSTIFICATION_COLUMNS = "id, apprentice_id, cfa_id, site_id, first_day, last_day,"
            + " reason, comment, status, submitted_at, submitted_by, decided_at, decided_by";
    private static final int BATCH = 20_000;
    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(8, 30), LocalTime.of(12, 0)}, {LocalTime.of(13, 0), LocalTime.of(16, 30)}
    };
    /** A one-page PDF standing for a scanned medical certificate. */
    private static final byte[] SAMPLE_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                    + "trailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final CalendarManagement calendars;

    AttendanceDemoData(
            ReferentialManagement referential, EnrolmentManagement enrolments, CalendarManagement calendars) {
        this.referential = referential;
        this.enrolments = enrolments;
        this.calendars = calendars;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(DemoContext context) {
        new Generation(context).run();
    }

    private final class Generation {

        private final DemoContext context;
        private final SplittableRandom random;
        private final LocalDate today;
        private final int year;
        private final Map<Long, long[]> trainersOfCfa;
        private final long demoTutor;
        private final long demoApprentice;
        private final List<Object[]> sessions = new ArrayList<>();
        private final List<Object[]> records = new ArrayList<>();
        private final List<Object[]> justifications = new ArrayList<>();
        private final List<Object[]> files = new ArrayList<>();
        private long nextSession;
        private long nextJustification;
        private boolean demoJustified;

        Generation(DemoContext context) {
            this.context = context;
            this.random = context.random("attendance");
            this.today = context.today();
            this.year = context.currentSchoolYear().startYear();
            this.trainersOfCfa = context.shared(DemoKeys.TRAINERS_OF_CFA);
            this.demoTutor = context.has(DemoKeys.DEMO_TUTOR) ? context.<Long>shared(DemoKeys.DEMO_TUTOR) : -1L;
            this.demoApprentice =
                    context.has(DemoKeys.DEMO_APPRENTICE) ? context.<Long>shared(DemoKeys.DEMO_APPRENTICE) : -1L;
        }

        void run() {
            nextSession = context.reserveIds("attendance.timetable_session", 0);
            nextJustification = context.reserveIds("attendance.justification", 0);
            for (long cfa : (long[]) context.shared(DemoKeys.CFAS)) {
                for (SiteInfo site : referential.sitesOfCfa(cfa)) {
                    List<CohortInfo> cohorts = referential.cohortsOfSite(site.id(), year);
                    Map<Long, ProgrammeInfo> programmes = referential.programmes(
                            cohorts.stream().map(CohortInfo::programmeId).toList());
                    for (CohortInfo cohort : cohorts) {
                        cohort(site, cohort, programmes.get(cohort.programmeId()));
                    }
                }
            }
            flush(true);
            context.syncIdentity("attendance.timetable_session");
            context.syncIdentity("attendance.attendance_record");
            context.syncIdentity("attendance.justification");
        }

        private void cohort(SiteInfo site, CohortInfo cohort, ProgrammeInfo programme) {
            List<EnrolmentInfo> members = enrolments.enrolmentsOfCohort(cohort.id());
            if (members.isEmpty()) {
                return;
            }
            List<AlternancePeriod> calendar = calendars.cohortCalendar(cohort.id());
            String[] subjects = subjects(programme.diplomaType());
            long[] trainers = trainersOfCfa.getOrDefault(site.cfaId(), new long[0]);
            boolean withDemo = members.stream().anyMatch(m -> m.apprenticeId() == demoApprentice);
            long[] teachers = new long[subjects.length];
            for (int i = 0; i < subjects.length; i++) {
                teachers[i] = trainers.length == 0 ? -1 : trainers[random.nextInt(trainers.length)];
            }
            if (withDemo && demoTutor > 0) {
                teachers[0] = demoTutor;
            }
            String room = "Salle " + (char) ('A' + random.nextInt(4)) + (1 + random.nextInt(20));
            LocalDate last = today.plusDays(13).isBefore(cohort.endDate()) ? today.plusDays(13) : cohort.endDate();
            int slot = 0;
            for (LocalDate day = cohort.startDate(); !day.isAfter(last); day = day.plusDays(1)) {
                if (!PublicHolidays.isWorkingDay(day)
                        || !TimetableRules.kindOn(calendar, day)
                                .filter(kind -> kind == PeriodKind.CFA)
                                .isPresent()) {
                    continue;
                }
                for (int half = 0; half < SLOTS.length; half++) {
                    int subject = slot++ % subjects.length;
                    boolean distance = distance(programme.diplomaType(), day, half);
                    session(
                            site,
                            cohort,
                            programme,
                            day,
                            half,
                            subjects[subject],
                            teachers[subject],
                            room,
                            distance,
                            members);
                }
            }
        }

        private void session(
                SiteInfo site,
                CohortInfo cohort,
                ProgrammeInfo programme,
                LocalDate day,
                int half,
                String subject,
                long trainer,
                String room,
                boolean distance,
                List<EnrolmentInfo> members) {
            long id = nextSession++;
            LocalTime start = SLOTS[half][0];
            LocalTime end = SLOTS[half][1];
            boolean taken = day.isBefore(today) && !(day.isAfter(today.minusDays(8)) && random.nextInt(100) < 5);
            OffsetDateTime at = taken ? day.atTime(end).atOffset(ZoneOffset.ofHours(1)) : null;
            sessions.add(new Object[] {
                id,
                cohort.id(),
                programme.id(),
                site.cfaId(),
                site.id(),
                year,
                day,
                start,
                end,
                subject,
                trainer > 0 ? trainer : null,
                distance ? null : room,
                distance ? "DISTANCE" : "IN_PERSON",
                "DEMO",
                at,
                taken ? "demo" : null
            });
            if (!taken) {
                return;
            }
            int minutes = TimetableRules.minutes(start, end);
            for (EnrolmentInfo member : members) {
                if (day.isBefore(member.trainingStart()) || day.isAfter(member.trainingEnd())) {
                    continue;
                }
                int roll = random.nextInt(1000);
                AttendanceStatus status = member.apprenticeId() == demoApprentice && !demoJustified
                        ? AttendanceStatus.ABSENT
                        : roll < 30
                                ? AttendanceStatus.ABSENT
                                : roll < 55
                                        ? AttendanceStatus.LATE
                                        : roll < 70 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                Integer late = status == AttendanceStatus.LATE ? 5 + random.nextInt(41) : null;
                AttendanceRules.LineMinutes line = AttendanceRules.minutes(minutes, status, late);
                records.add(new Object[] {
                    id,
                    member.apprenticeId(),
                    day,
                    status.name(),
                    line.late(),
                    line.planned(),
                    line.realised(),
                    line.absence(),
                    distance,
                    at,
                    "demo"
                });
                if (status == AttendanceStatus.ABSENT) {
                    justification(member, site, day);
                }
            }
            flush(false);
        }

        /** Some absences get a justification: accepted when old enough, some still to examine with a file. */
        private void justification(EnrolmentInfo member, SiteInfo site, LocalDate day) {
            boolean demo = member.apprenticeId() == demoApprentice && !demoJustified;
            int roll = random.nextInt(100);
            boolean pending = demo || (roll < 25 && day.isAfter(today.minusDays(21)));
            boolean accepted = !pending && roll < 45 && day.isBefore(today.minusDays(7));
            if (!pending && !accepted) {
                return;
            }
            demoJustified |= demo;
            long id = nextJustification++;
            OffsetDateTime submitted = day.plusDays(1).atTime(18, 0).atOffset(ZoneOffset.ofHours(1));
            JustificationReason reason =
                    random.nextInt(3) == 0 ? JustificationReason.TRANSPORT : JustificationReason.ILLNESS;
            justifications.add(new Object[] {
                id,
                member.apprenticeId(),
                site.cfaId(),
                site.id(),
                day,
                day,
                reason.name(),
                reason == JustificationReason.ILLNESS ? "Certificat médical" : "Grève des transports",
                pending ? "PENDING" : "ACCEPTED",
                submitted,
                "apprenti",
                pending ? null : submitted.plusDays(2),
                pending ? null : "secretariat"
            });
            if (pending) {
                files.add(new Object[] {
                    id,
                    "certificat.pdf",
                    FileChecks.PDF,
                    SAMPLE_PDF.length,
                    "\\x" + HexFormat.of().formatHex(SAMPLE_PDF)
                });
            }
        }

        private void flush(boolean all) {
            if (!all && records.size() < BATCH) {
                return;
            }
            context.copy("attendance.timetable_session", SESSION_COLUMNS, sessions);
            context.copy("attendance.attendance_record", RECORD_COLUMNS, records);
            context.copy("attendance.justification", JUSTIFICATION_COLUMNS, justifications);
            context.copy(
                    "attendance.justification_file",
                    "justification_id, file_name, content_type, size_bytes, content",
                    files);
            sessions.clear();
            records.clear();
            justifications.clear();
            files.clear();
        }

        private boolean distance(DiplomaType type, LocalDate day, int half) {
            return switch (type) {
                case MASTER -> !(day.getDayOfWeek() == DayOfWeek.MONDAY && half == 0);
                case LICENCE_PRO, LICENCE, BUT, ENGINEER -> day.getDayOfWeek() == DayOfWeek.FRIDAY && half == 1;
                default -> false;
            };
        }

        private String[] subjects(DiplomaType type) {
            return switch (type) {
                case CAP, MC, TP ->
                    new String[] {
                        "Atelier — pratique professionnelle",
                        "Technologie",
                        "Mathématiques et sciences",
                        "Français",
                        "Histoire-géographie et EMC",
                        "Prévention santé environnement",
                        "Atelier — pratique professionnelle",
                        "Dessin technique"
                    };
                case BP, BAC_PRO ->
                    new String[] {
                        "Pratique professionnelle",
                        "Étude technique",
                        "Mathématiques",
                        "Français",
                        "Anglais",
                        "Gestion de chantier",
                        "Pratique professionnelle",
                        "Histoire-géographie"
                    };
                case BTS ->
                    new String[] {
                        "Conception technique",
                        "Mathématiques",
                        "Physique-chimie",
                        "Culture générale",
                        "Anglais",
                        "Économie et gestion",
                        "Projet technique",
                        "Conduite de chantier"
                    };
                default ->
                    new String[] {
                        "Management de projet", "Structures et calcul", "Anglais professionnel",
                                "Droit de la construction",
                        "BIM et maquette numérique", "Économie de la construction", "Projet tutoré",
                                "Énergétique du bâtiment"
                    };
            };
        }
    }
}
