package org.trio.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.trio.attendance.NewSession;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarManagement;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.referential.StaffInfo;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * Plans, changes, deletes and duplicates the sessions of a cohort's timetable. A session must be inside the cohort's
 * school year and must not overlap another session of the cohort (errors); a day that the alternance calendar does not
 * put at the CFA, a weekend or public holiday, or a trainer already teaching elsewhere then give warnings, because
 * the secretariat may have good reasons (a catch-up session, a shared class).
 */
@Service
@Transactional
class TimetableService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final int MAX_MINUTES = 12 * 60;

    /** A cohort with what a timetable needs to know of it. */
    record CohortContext(CohortInfo cohort, SiteInfo site, List<AlternancePeriod> calendar) {}

    record Planned(long sessionId, List<Problem> warnings) {}

    record Duplicated(int created, int skipped, List<Problem> warnings) {}

    private final TimetableSessions sessions;
    private final AttendanceRecords records;
    private final ReferentialManagement referential;
    private final CalendarManagement calendars;
    private final Clock clock;

    TimetableService(
            TimetableSessions sessions,
            AttendanceRecords records,
            ReferentialManagement referential,
            CalendarManagement calendars,
            Clock clock) {
        this.sessions = sessions;
        this.records = records;
        this.referential = referential;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CohortContext context(long cohortId) {
        CohortInfo cohort = referential
                .cohort(cohortId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Promotion inconnue"));
        SiteInfo site = referential.site(cohort.siteId()).orElseThrow();
        return new CohortContext(cohort, site, calendars.cohortCalendar(cohortId));
    }

    Planned plan(long cohortId, NewSession session, SessionSource source, @Nullable String externalRef) {
        CohortContext context = context(cohortId);
        check(context, session, null);
        TimetableSession saved = sessions.save(
                new TimetableSession(context.cohort(), context.site(), session, source, externalRef, now()));
        return new Planned(saved.id, warnings(context, session, saved.id));
    }

    List<Problem> change(long sessionId, NewSession session) {
        TimetableSession existing = find(sessionId);
        CohortContext context = context(existing.cohortId);
        List<Problem> problems = problems(context, session, sessionId);
        if (existing.rollCallTaken() && session.day() != null && !session.day().equals(existing.day)) {
            problems.add(Problem.of("day", "attendance.session.day-fixed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        existing.change(session);
        if (existing.rollCallTaken()) {
            records.findBySessionId(sessionId).forEach(record -> record.recount(existing));
        }
        return warnings(context, session, sessionId);
    }

    void delete(long sessionId) {
        TimetableSession existing = find(sessionId);
        if (existing.rollCallTaken()) {
            throw InvalidInputException.of(null, "attendance.session.delete-after-roll-call");
        }
        sessions.delete(existing);
    }

    /** Copies the sessions of the week of {@code sourceDay} to the week of {@code targetDay}, day for day. */
    Duplicated duplicateWeek(long cohortId, LocalDate sourceDay, LocalDate targetDay) {
        LocalDate source = TimetableRules.mondayOf(sourceDay);
        LocalDate target = TimetableRules.mondayOf(targetDay);
        if (source.equals(target)) {
            throw InvalidInputException.of("target", "attendance.duplicate.same-week");
        }
        CohortContext context = context(cohortId);
        long weeks = ChronoUnit.WEEKS.between(source, target);
        List<Problem> warnings = new ArrayList<>();
        int created = 0;
        int skipped = 0;
        List<TimetableSession> week =
                sessions.findByCohortIdAndDayBetweenOrderByDayAscStartAsc(cohortId, source, source.plusDays(6));
        if (week.isEmpty()) {
            throw InvalidInputException.of("target", "attendance.duplicate.empty-week");
        }
        for (TimetableSession original : week) {
            NewSession copy = new NewSession(
                    original.day.plusWeeks(weeks),
                    original.start,
                    original.end,
                    original.subject,
                    original.trainerStaffId,
                    original.room,
                    original.mode);
            if (!problems(context, copy, null).isEmpty()) {
                skipped++;
                continue;
            }
            TimetableSession saved = sessions.save(
                    new TimetableSession(context.cohort(), context.site(), copy, SessionSource.MANUAL, null, now()));
            warnings.addAll(warnings(context, copy, saved.id));
            created++;
        }
        return new Duplicated(created, skipped, warnings.stream().distinct().toList());
    }

    TimetableSession find(long sessionId) {
        return sessions.findById(sessionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Séance inconnue"));
    }

    void check(CohortContext context, NewSession session, @Nullable Long ignoredSessionId) {
        List<Problem> problems = problems(context, session, ignoredSessionId);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The errors of a session: missing or inconsistent fields, outside the school year, overlapping. */
    List<Problem> problems(CohortContext context, NewSession session, @Nullable Long ignoredSessionId) {
        List<Problem> problems = new ArrayList<>();
        if (session.day() == null) {
            problems.add(Problem.of("day", "attendance.session.day.required"));
        }
        if (session.start() == null) {
            problems.add(Problem.of("start", "attendance.session.start.required"));
        }
        if (session.end() == null) {
            problems.add(Problem.of("end", "attendance.session.end.required"));
        }
        if (session.subject() == null || session.subject().isBlank()) {
            problems.add(Problem.of("subject", "attendance.session.subject.required"));
        } else if (session.subject().strip().length() > 200) {
            problems.add(Problem.of("subject", "attendance.session.subject.too-long"));
        }
        if (session.room() != null && session.room().strip().length() > 60) {
            problems.add(Problem.of("room", "attendance.session.room.too-long"));
        }
        if (session.mode() == null) {
            problems.add(Problem.of("mode", "attendance.session.mode.required"));
        }
        if (session.start() != null && session.end() != null) {
            if (!session.end().isAfter(session.start())) {
                problems.add(Problem.of("end", "attendance.session.end.order"));
            } else if (TimetableRules.minutes(session.start(), session.end()) > MAX_MINUTES) {
                problems.add(Problem.of("end", "attendance.session.too-long"));
            }
        }
        if (session.trainerStaffId() != null) {
            Optional<StaffInfo> trainer = referential.staffMember(session.trainerStaffId());
            if (trainer.isEmpty()
                    || trainer.get().cfaId() == null
                    || trainer.get().cfaId() != context.site().cfaId()) {
                problems.add(Problem.of("trainerStaffId", "attendance.session.trainer.unknown"));
            }
        }
        if (session.day() != null && !context.cohort().schoolYear().contains(session.day())) {
            problems.add(Problem.of(
                    "day",
                    "attendance.session.day.outside-year",
                    context.cohort().schoolYear().label()));
        }
        if (problems.isEmpty()) {
            sessions
                    .findByCohortIdAndDayBetweenOrderByDayAscStartAsc(
                            context.cohort().id(), session.day(), session.day())
                    .stream()
                    .filter(other -> !other.id.equals(ignoredSessionId))
                    .filter(other -> TimetableRules.overlaps(session.start(), session.end(), other.start, other.end))
                    .findFirst()
                    .ifPresent(other -> problems.add(Problem.of(
                            "start",
                            "attendance.session.overlap",
                            other.subject,
                            other.start.toString(),
                            other.end.toString())));
        }
        return problems;
    }

    /** What is odd but allowed: a day not at the CFA, a trainer teaching another cohort at the same time. */
    List<Problem> warnings(CohortContext context, NewSession session, long sessionId) {
        List<Problem> warnings = new ArrayList<>();
        TimetableRules.dayProblem(context.calendar(), session.day())
                .ifPresent(problem -> warnings.add(Problem.of(
                        null,
                        "attendance.warning." + problem.name().toLowerCase(Locale.ROOT),
                        DAY.format(session.day()))));
        if (session.trainerStaffId() != null) {
            sessions.findByTrainerStaffIdAndDay(session.trainerStaffId(), session.day()).stream()
                    .filter(other -> other.id != sessionId
                            && other.cohortId != context.cohort().id())
                    .filter(other -> TimetableRules.overlaps(session.start(), session.end(), other.start, other.end))
                    .findFirst()
                    .ifPresent(other -> warnings.add(Problem.of(
                            null,
                            "attendance.warning.trainer-busy",
                            DAY.format(session.day()),
                            other.start.toString(),
                            other.end.toString())));
        }
        return warnings;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
