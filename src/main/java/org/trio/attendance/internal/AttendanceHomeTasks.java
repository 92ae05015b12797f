package org.trio.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.home.HomeTask;
import org.trio.home.HomeTaskProvider;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;

/**
 * Home tasks: a trainer's roll calls of the day (and those left undone in the last two weeks), the justifications the
 * secretariat has to validate, and the absences an apprentice has not justified yet.
 */
@Component
class AttendanceHomeTasks implements HomeTaskProvider {

    static final String CATEGORY = "attendance.home.category";
    private static final int LATE_ROLL_CALL_DAYS = 14;
    private static final int JUSTIFY_DAYS = 60;

    private final JdbcClient jdbc;
    private final ReferentialManagement referential;
    private final AttendanceAccess access;
    private final MessageSource messages;
    private final Clock clock;

    AttendanceHomeTasks(
            JdbcClient jdbc,
            ReferentialManagement referential,
            AttendanceAccess access,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.referential = referential;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (user.role().isStaff() && user.personId() != null) {
            tasks.addAll(rollCalls(user.personId(), today));
        }
        if (AttendanceAccess.VALIDATORS.contains(user.role())) {
            tasks.addAll(justificationsToValidate(user, today));
        }
        if (user.role() == Role.APPRENTICE && user.personId() != null) {
            tasks.addAll(absencesToJustify(user.personId(), today));
        }
        return tasks;
    }

    private List<HomeTask> rollCalls(long staffId, LocalDate today) {
        Map<Long, String> labels = new HashMap<>();
        return jdbc.sql("""
                        select id, cohort_id, day, start_time, end_time, subject, room from attendance.timetable_session
                        where trainer_staff_id = :staff and roll_call_at is null and day between :since and :today
                        order by day, start_time limit 20
                        """)
                .param("staff", staffId)
                .param("since", today.minusDays(LATE_ROLL_CALL_DAYS))
                .param("today", today)
                .query((rs, row) -> {
                    long cohort = rs.getLong("cohort_id");
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    String room = rs.getString("room");
                    String detail = text(
                            "attendance.home.roll-call.detail",
                            rs.getObject("start_time", LocalTime.class).toString(),
                            rs.getObject("end_time", LocalTime.class).toString(),
                            labels.computeIfAbsent(cohort, this::cohortLabel),
                            room == null ? "—" : room);
                    return new HomeTask(
                            CATEGORY,
                            text("attendance.home.roll-call", rs.getString("subject")),
                            detail,
                            "/attendance/sessions/" + rs.getLong("id") + "/roll-call",
                            day,
                            day.isBefore(today));
                })
                .list();
    }

    private List<HomeTask> justificationsToValidate(CurrentUser user, LocalDate today) {
        ApprenticeScope scope = access.scopeOf(user);
        return jdbc
                .sql("select count(*) as pending, min(submitted_at)::date as oldest from attendance.justification j"
                        + " where status = 'PENDING' and " + scope.sql("j.cfa_id", "j.site_id", "j.apprentice_id"))
                .params(scope.parameters())
                .query((rs, row) -> {
                    long pending = rs.getLong("pending");
                    if (pending == 0) {
                        return null;
                    }
                    LocalDate oldest = rs.getObject("oldest", LocalDate.class);
                    return new HomeTask(
                            CATEGORY,
                            text("attendance.home.justifications", pending),
                            text("attendance.home.justifications.detail"),
                            "/attendance/justifications",
                            oldest.plusDays(7),
                            oldest.plusDays(7).isBefore(today));
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private List<HomeTask> absencesToJustify(long apprenticeId, LocalDate today) {
        return jdbc
                .sql("select count(*) as absences, min(day) as first from (" + AttendanceQueries.LINES
                        + " where r.apprentice_id = :apprentice and r.status = 'ABSENT' and r.day between :since and"
                        + " :today) l where standing = 'U'")
                .param("apprentice", apprenticeId)
                .param("since", today.minusDays(JUSTIFY_DAYS))
                .param("today", today)
                .query((rs, row) -> {
                    long absences = rs.getLong("absences");
                    if (absences == 0) {
                        return null;
                    }
                    LocalDate first = rs.getObject("first", LocalDate.class);
                    return new HomeTask(
                            CATEGORY,
                            text("attendance.home.justify", absences),
                            text("attendance.home.justify.detail"),
                            "/attendance/me",
                            first.plusDays(7),
                            first.plusDays(7).isBefore(today));
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private String cohortLabel(long cohortId) {
        return referential.cohort(cohortId).map(CohortInfo::label).orElse("");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
