package org.trio.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;

/**
 * "Appels": a trainer's sessions of the day, of the coming week and those of the last two weeks whose roll call is not
 * done; for the secretariat and the direction, every session of their organisation in that window.
 */
@Controller
@PreAuthorize("hasAnyRole('TUTOR','PROGRAMME_LEAD','SECRETARIAT','CFA_DIRECTOR')")
class RollCallListController {

    static final int DAYS_BACK = 14;
    static final int DAYS_AHEAD = 6;

    /** A session in the list. */
    record SessionRow(
            long id,
            long cohortId,
            String cohort,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            String subject,
            @Nullable String room,
            boolean distance,
            boolean taken) {}

    private final JdbcClient jdbc;
    private final AttendanceAccess access;
    private final ReferentialManagement referential;
    private final Clock clock;

    RollCallListController(JdbcClient jdbc, AttendanceAccess access, ReferentialManagement referential, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.referential = referential;
        this.clock = clock;
    }

    @GetMapping("/attendance/roll-calls")
    String list(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        String who;
        Map<String, Object> parameters = new HashMap<>();
        if (AttendanceAccess.VALIDATORS.contains(user.role())) {
            ApprenticeScope scope = access.scopeOf(user);
            who = "(s.cfa_id in (:scopeCfaIds) or s.site_id in (:scopeSiteIds))";
            parameters.putAll(scope.parameters());
        } else {
            who = "s.trainer_staff_id = :staff";
            parameters.put("staff", user.personId() == null ? -1L : user.personId());
        }
        Map<Long, String> labels = new HashMap<>();
        List<SessionRow> rows = jdbc.sql("select s.id, s.cohort_id, s.day, s.start_time, s.end_time, s.subject, s.room,"
                        + " s.mode, s.roll_call_at from attendance.timetable_session s where " + who
                        + " and s.day between :from and :to and (s.day >= :today or s.roll_call_at is null)"
                        + " order by s.day, s.start_time, s.id limit 300")
                .params(parameters)
                .param("from", today.minusDays(DAYS_BACK))
                .param("to", today.plusDays(DAYS_AHEAD))
                .param("today", today)
                .query((rs, row) -> new SessionRow(
                        rs.getLong("id"),
                        rs.getLong("cohort_id"),
                        labels.computeIfAbsent(rs.getLong("cohort_id"), this::label),
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class),
                        rs.getString("subject"),
                        rs.getString("room"),
                        "DISTANCE".equals(rs.getString("mode")),
                        rs.getObject("roll_call_at") != null))
                .list();
        model.addAttribute(
                "late", rows.stream().filter(r -> r.day().isBefore(today)).toList());
        model.addAttribute(
                "todays", rows.stream().filter(r -> r.day().equals(today)).toList());
        model.addAttribute(
                "coming", rows.stream().filter(r -> r.day().isAfter(today)).toList());
        model.addAttribute("today", today);
        return "attendance/roll-calls";
    }

    private String label(long cohortId) {
        return referential.cohort(cohortId).map(CohortInfo::label).orElse("");
    }
}
