package org.trio.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.attendance.AbsenceRecorded;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.RollCallTaken;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.PeriodKind;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * Roll calls: who is expected at a session (the cohort's apprentices in training that day, unless their own contract
 * calendar places them elsewhere), and recording what the trainer noted — everyone present unless said otherwise —
 * with its consequences: events, e-mails to maîtres and legal representatives, thresholds.
 */
@Service
@Transactional
class RollCallService {

    /** An apprentice on the roll-call sheet, with what was recorded (present by default). */
    record RosterLine(
            long apprenticeId,
            String lastName,
            String firstName,
            AttendanceStatus status,
            @Nullable Integer lateMinutes,
            boolean recorded) {

        public String fullName() {
            return lastName + " " + firstName;
        }
    }

    private final TimetableSessions sessions;
    private final AttendanceRecords records;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final CalendarManagement calendars;
    private final ReferentialManagement referential;
    private final AbsenceNotifier notifier;
    private final ThresholdService thresholds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RollCallService(
            TimetableSessions sessions,
            AttendanceRecords records,
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            CalendarManagement calendars,
            ReferentialManagement referential,
            AbsenceNotifier notifier,
            ThresholdService thresholds,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.records = records;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.calendars = calendars;
        this.referential = referential;
        this.notifier = notifier;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
    }

    /** The roll-call sheet of a session, sorted by name: recorded lines, and everyone else expected as present. */
    @Transactional(readOnly = true)
    List<RosterLine> roster(TimetableSession session) {
        Map<Long, AttendanceRecord> recorded = new HashMap<>();
        records.findBySessionId(session.id).forEach(record -> recorded.put(record.apprenticeId, record));
        Set<Long> ids = new LinkedHashSet<>(expected(session));
        ids.addAll(recorded.keySet());
        Map<Long, ApprenticeInfo> people = referential.apprentices(ids);
        List<RosterLine> lines = new ArrayList<>();
        for (long id : ids) {
            ApprenticeInfo person = people.get(id);
            if (person == null) {
                continue;
            }
            AttendanceRecord record = recorded.get(id);
            lines.add(new RosterLine(
                    id,
                    person.lastName(),
                    person.firstName(),
                    record == null ? AttendanceStatus.PRESENT : record.status,
                    record == null || record.status != AttendanceStatus.LATE ? null : (int) record.lateMinutes,
                    record != null));
        }
        lines.sort(Comparator.comparing(RosterLine::lastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RosterLine::firstName, String.CASE_INSENSITIVE_ORDER));
        return lines;
    }

    /**
     * The apprentices expected at the session: enrolled in its cohort, in training that day (between the training's
     * start and end, before any exclusion), and not placed elsewhere that day by their own contract's calendar.
     */
    @Transactional(readOnly = true)
    Set<Long> expected(TimetableSession session) {
        LocalDate day = session.day;
        Optional<PeriodKind> cohortKind = TimetableRules.kindOn(calendars.cohortCalendar(session.cohortId), day);
        Set<Long> expected = new LinkedHashSet<>();
        for (EnrolmentInfo enrolment : enrolments.enrolmentsOfCohort(session.cohortId)) {
            if (day.isBefore(enrolment.trainingStart())
                    || day.isAfter(enrolment.trainingEnd())
                    || (enrolment.exclusionDate() != null && !day.isBefore(enrolment.exclusionDate()))) {
                continue;
            }
            if (placedElsewhere(enrolment.apprenticeId(), day, cohortKind)) {
                continue;
            }
            expected.add(enrolment.apprenticeId());
        }
        return expected;
    }

    private boolean placedElsewhere(long apprenticeId, LocalDate day, Optional<PeriodKind> cohortKind) {
        Optional<ContractInfo> contract = contracts.contractInForce(apprenticeId, day);
        if (contract.isEmpty()) {
            return false;
        }
        Optional<PeriodKind> own = calendars.kindOn(contract.get().id(), day);
        return own.isPresent() && !own.equals(cohortKind) && own.get() != PeriodKind.CFA;
    }

    /** Records the roll call; apprentices expected but not in the entries are recorded present. */
    void take(long sessionId, List<RollCallEntry> entries) {
        TimetableSession session = sessions.findById(sessionId)
                .orElseThrow(() -> InvalidInputException.of(null, "attendance.rollcall.unknown-session"));
        if (session.day.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of(
                    null, "attendance.rollcall.future", TimetableService.DAY.format(session.day));
        }
        Map<Long, AttendanceRecord> existing = new HashMap<>();
        records.findBySessionId(sessionId).forEach(record -> existing.put(record.apprenticeId, record));
        Set<Long> roster = new LinkedHashSet<>(expected(session));
        roster.addAll(existing.keySet());
        Map<Long, RollCallEntry> byApprentice = checked(session, roster, entries);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = AuditTrail.currentUser().map(CurrentUser::username).orElse(null);
        int[] counts = new int[AttendanceStatus.values().length];
        Set<Long> toCheck = new LinkedHashSet<>();
        for (long apprenticeId : roster) {
            RollCallEntry entry = byApprentice.getOrDefault(
                    apprenticeId, new RollCallEntry(apprenticeId, AttendanceStatus.PRESENT, null));
            AttendanceRecord record = existing.getOrDefault(apprenticeId, new AttendanceRecord(session, apprenticeId));
            boolean newAbsence = record.record(entry.status(), entry.lateMinutes(), session, now, by);
            record = records.save(record);
            counts[entry.status().ordinal()]++;
            if (entry.status() != AttendanceStatus.PRESENT) {
                toCheck.add(apprenticeId);
            }
            if (newAbsence) {
                events.publishEvent(new AbsenceRecorded(
                        record.id,
                        apprenticeId,
                        session.id,
                        session.cohortId,
                        session.day,
                        session.start,
                        session.end,
                        record.absenceMinutes,
                        entry.status() == AttendanceStatus.EXCUSED));
            }
            if (entry.status() == AttendanceStatus.ABSENT) {
                notifier.notifyAbsence(record, session);
            }
        }
        session.rollCallTaken(now, by);
        events.publishEvent(new RollCallTaken(
                session.id,
                session.cohortId,
                session.day,
                counts[AttendanceStatus.PRESENT.ordinal()],
                counts[AttendanceStatus.ABSENT.ordinal()],
                counts[AttendanceStatus.LATE.ordinal()],
                counts[AttendanceStatus.EXCUSED.ordinal()]));
        // the thresholds are measured in SQL, which must see the lines changed by a corrected roll call
        records.flush();
        thresholds.check(toCheck, YearMonth.from(session.day));
    }

    private static Map<Long, RollCallEntry> checked(
            TimetableSession session, Set<Long> roster, List<RollCallEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        Map<Long, RollCallEntry> byApprentice = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            RollCallEntry entry = entries.get(i);
            String field = "lines[" + i + "]";
            if (entry.apprenticeId() == null || !roster.contains(entry.apprenticeId())) {
                problems.add(Problem.of(field + ".apprenticeId", "attendance.rollcall.not-expected", i + 1));
                continue;
            }
            if (entry.status() == null) {
                problems.add(Problem.of(field + ".status", "attendance.rollcall.status.required", i + 1));
                continue;
            }
            if (byApprentice.put(entry.apprenticeId(), entry) != null) {
                problems.add(Problem.of(field + ".apprenticeId", "attendance.rollcall.twice", i + 1));
            }
            if (entry.status() == AttendanceStatus.LATE) {
                if (entry.lateMinutes() == null || entry.lateMinutes() < 1) {
                    problems.add(Problem.of(field + ".lateMinutes", "attendance.rollcall.late.required", i + 1));
                } else if (entry.lateMinutes() >= session.minutes()) {
                    problems.add(Problem.of(
                            field + ".lateMinutes", "attendance.rollcall.late.too-long", i + 1, session.minutes()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return byApprentice;
    }
}
