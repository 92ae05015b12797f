package org.trio.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeRelations;
import org.trio.access.Role;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;

/**
 * A trainer is linked to the apprentices of the cohorts they teach: cohorts with at least one of their sessions in the
 * current or the previous school year (so they can take roll calls and follow their classes).
 */
@Component
class AttendanceRelations implements ApprenticeRelations {

    private static final int DAYS_BACK = 400;

    private final JdbcClient jdbc;
    private final EnrolmentManagement enrolments;
    private final Clock clock;

    AttendanceRelations(JdbcClient jdbc, EnrolmentManagement enrolments, Clock clock) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    public Set<Long> apprenticesLinkedTo(Role role, long personId) {
        if (role != Role.TUTOR) {
            return Set.of();
        }
        List<Long> cohorts = jdbc.sql("select distinct cohort_id from attendance.timetable_session"
                        + " where trainer_staff_id = :staff and day >= :since")
                .param("staff", personId)
                .param("since", LocalDate.now(clock).minusDays(DAYS_BACK))
                .query(Long.class)
                .list();
        Set<Long> apprentices = new HashSet<>();
        for (long cohort : cohorts) {
            enrolments.enrolmentsOfCohort(cohort).stream()
                    .map(EnrolmentInfo::apprenticeId)
                    .forEach(apprentices::add);
        }
        return apprentices;
    }
}
