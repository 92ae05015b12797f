package org.trio.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trio.shared.DateRange;

/**
 * The attendance module's facade: hours planned and realised, completion rate (taux de réalisation), absenteeism and
 * distance share for an apprentice or a cohort, over a period (sessions whose day falls in it), for the quality
 * indicators, the early warning and the reports (a programme's figures are the sums of its cohorts'); and the commands
 * the pages use.
 *
 * <p>Figures count only sessions whose roll call was taken; the rules are in {@code docs/modules/attendance.md}.
 * Callers check access (the figures are pedagogical data of each apprentice).
 */
public interface AttendanceManagement {

    AttendanceSummary summaryOfApprentice(long apprenticeId, DateRange period);

    /** Figures of every apprentice of the list (missing ids have {@link AttendanceSummary#EMPTY}). */
    Map<Long, AttendanceSummary> summariesOfApprentices(Collection<Long> apprenticeIds, DateRange period);

    AttendanceSummary summaryOfCohort(long cohortId, DateRange period);

    Map<Long, AttendanceSummary> summariesOfCohorts(Collection<Long> cohortIds, DateRange period);

    /** Figures per month of a cohort, every month of the period in order (empty months included). */
    List<MonthlyAbsenteeism> absenteeismOfCohort(long cohortId, DateRange period);

    /** The absences and late arrivals of an apprentice, newest first, without their reasons. */
    List<AbsenceInfo> absencesOf(long apprenticeId, DateRange period);

    /** The hours of the cohort's timetable over the period, roll calls taken or not. */
    TimetableHours timetableHours(long cohortId, DateRange period);

    Optional<SessionInfo> session(long sessionId);

    List<SessionInfo> sessionsOfCohort(long cohortId, DateRange period);

    /**
     * Plans a session in the cohort's timetable.
     *
     * @throws org.trio.shared.InvalidInputException naming the field when the session is invalid or overlaps another
     *     session of the cohort
     */
    long planSession(long cohortId, NewSession session);

    /**
     * Records (or corrects) the roll call of a session: one entry per apprentice expected. Publishes
     * {@link RollCallTaken}, {@link AbsenceRecorded} for new absences and {@link AbsenceThresholdReached} when a
     * threshold is reached; queues the e-mails to maîtres and legal representatives.
     *
     * @throws org.trio.shared.InvalidInputException when the session is in the future or an entry is invalid
     */
    void takeRollCall(long sessionId, List<RollCallEntry> entries);
}
