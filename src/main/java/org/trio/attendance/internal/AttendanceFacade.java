package org.trio.attendance.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.attendance.AbsenceInfo;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.MonthlyAbsenteeism;
import org.trio.attendance.NewSession;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionInfo;
import org.trio.attendance.TimetableHours;
import org.trio.shared.DateRange;

@Service
@Transactional(readOnly = true)
class AttendanceFacade implements AttendanceManagement {

    private final AttendanceQueries queries;
    private final TimetableSessions sessions;
    private final TimetableService timetables;
    private final RollCallService rollCalls;

    AttendanceFacade(
            AttendanceQueries queries,
            TimetableSessions sessions,
            TimetableService timetables,
            RollCallService rollCalls) {
        this.queries = queries;
        this.sessions = sessions;
        this.timetables = timetables;
        this.rollCalls = rollCalls;
    }

    @Override
    public AttendanceSummary summaryOfApprentice(long apprenticeId, DateRange period) {
        return queries.summary("r.apprentice_id = :id", Map.of("id", apprenticeId), period);
    }

    @Override
    public Map<Long, AttendanceSummary> summariesOfApprentices(Collection<Long> apprenticeIds, DateRange period) {
        Map<Long, AttendanceSummary> found = queries.summariesBy(
                "apprentice_id", "r.apprentice_id in (:ids)", AttendanceQueries.ids("ids", apprenticeIds), period);
        Map<Long, AttendanceSummary> all = new HashMap<>();
        apprenticeIds.forEach(id -> all.put(id, found.getOrDefault(id, AttendanceSummary.EMPTY)));
        return all;
    }

    @Override
    public AttendanceSummary summaryOfCohort(long cohortId, DateRange period) {
        return queries.summary("s.cohort_id = :id", Map.of("id", cohortId), period);
    }

    @Override
    public Map<Long, AttendanceSummary> summariesOfCohorts(Collection<Long> cohortIds, DateRange period) {
        Map<Long, AttendanceSummary> found = queries.summariesBy(
                "cohort_id", "s.cohort_id in (:ids)", AttendanceQueries.ids("ids", cohortIds), period);
        Map<Long, AttendanceSummary> all = new HashMap<>();
        cohortIds.forEach(id -> all.put(id, found.getOrDefault(id, AttendanceSummary.EMPTY)));
        return all;
    }

    @Override
    public List<MonthlyAbsenteeism> absenteeismOfCohort(long cohortId, DateRange period) {
        return queries.monthly("s.cohort_id = :id", Map.of("id", cohortId), period);
    }

    @Override
    public List<AbsenceInfo> absencesOf(long apprenticeId, DateRange period) {
        return queries.absencesOf(apprenticeId, period);
    }

    @Override
    public TimetableHours timetableHours(long cohortId, DateRange period) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        List<TimetableSession> planned =
                sessions.findByCohortIdAndDayBetweenOrderByDayAscStartAsc(cohortId, period.start(), period.end());
        long minutes = 0;
        long distance = 0;
        long outside = 0;
        for (TimetableSession session : planned) {
            minutes += session.minutes();
            distance += session.atDistance() ? session.minutes() : 0;
            outside +=
                    TimetableRules.dayProblem(context.calendar(), session.day).isPresent() ? 1 : 0;
        }
        return new TimetableHours(planned.size(), minutes, distance, outside);
    }

    @Override
    public Optional<SessionInfo> session(long sessionId) {
        return sessions.findById(sessionId).map(TimetableSession::toInfo);
    }

    @Override
    public List<SessionInfo> sessionsOfCohort(long cohortId, DateRange period) {
        return sessions
                .findByCohortIdAndDayBetweenOrderByDayAscStartAsc(cohortId, period.start(), period.end())
                .stream()
                .map(TimetableSession::toInfo)
                .toList();
    }

    @Override
    @Transactional
    public long planSession(long cohortId, NewSession session) {
        return timetables.plan(cohortId, session, SessionSource.MANUAL, null).sessionId();
    }

    @Override
    @Transactional
    public void takeRollCall(long sessionId, List<RollCallEntry> entries) {
        rollCalls.take(sessionId, entries);
    }
}
