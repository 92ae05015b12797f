package org.trio.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.attendance.AbsenceInfo;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.JustificationState;
import org.trio.attendance.MonthlyAbsenteeism;
import org.trio.shared.DateRange;

/**
 * The figures of roll-call lines, in SQL: each line carries its minutes (computed by {@link AttendanceRules} when it
 * was saved), and whether an absence is justified is decided here, from the justifications covering its day.
 */
@Component
class AttendanceQueries {

    /**
     * Roll-call lines with their session's organisation and the standing of absences and late arrivals: J (excused,
     * or covered by an accepted justification), P (covered by a pending one only), U (neither).
     */
    static final String LINES = """
            select s.cohort_id, s.programme_id, s.cfa_id, s.site_id, s.start_time, s.end_time, s.subject,
                   r.id as record_id, r.session_id, r.apprentice_id, r.day, r.status, r.planned_minutes,
                   r.realised_minutes, r.absence_minutes, r.late_minutes, r.distance,
                   case when r.status = 'EXCUSED' then 'J'
                        when r.status in ('ABSENT', 'LATE') then coalesce(
                            (select case when bool_or(j.status = 'ACCEPTED') then 'J'
                                         when bool_or(j.status = 'PENDING') then 'P' end
                             from attendance.justification j
                             where j.apprentice_id = r.apprentice_id and r.day between j.first_day and j.last_day),
                            'U')
                   end as standing
            from attendance.attendance_record r
            join attendance.timetable_session s on s.id = r.session_id
            """;

    static final String AGGREGATES = """
            count(*) as lines,
            coalesce(sum(planned_minutes), 0) as planned,
            coalesce(sum(realised_minutes), 0) as realised,
            coalesce(sum(planned_minutes) filter (where distance), 0) as distance_planned,
            coalesce(sum(realised_minutes) filter (where distance), 0) as distance_realised,
            coalesce(sum(absence_minutes), 0) as absence,
            coalesce(sum(absence_minutes) filter (where standing = 'J' and status <> 'LATE'), 0) as justified,
            coalesce(sum(absence_minutes) filter (where standing = 'P' and status <> 'LATE'), 0) as pending,
            coalesce(sum(absence_minutes) filter (where standing = 'U' and status <> 'LATE'), 0) as unjustified,
            count(*) filter (where status in ('ABSENT', 'EXCUSED')) as absences,
            count(*) filter (where status = 'ABSENT' and standing = 'U') as unjustified_absences,
            count(*) filter (where status = 'LATE') as lates,
            coalesce(sum(late_minutes), 0) as late_minutes
            """;

    private final JdbcClient jdbc;

    AttendanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Figures grouped by a column of {@link #LINES} (e.g. {@code apprentice_id}), for the lines matching the condition
     * (on the aliases {@code s} and {@code r}) and the period.
     */
    Map<Long, AttendanceSummary> summariesBy(
            String keyColumn, String condition, Map<String, Object> parameters, DateRange period) {
        Map<Long, AttendanceSummary> summaries = new HashMap<>();
        jdbc.sql("select " + keyColumn + " as key, " + AGGREGATES + " from (" + LINES + " where (" + condition
                        + ") and r.day between :from and :to) l group by " + keyColumn)
                .params(parameters)
                .param("from", period.start())
                .param("to", period.end())
                .query((rs, row) -> summaries.put(rs.getLong("key"), summary(rs)))
                .list();
        return summaries;
    }

    /**
     * Figures grouped by a column, in the order given (on the aggregate aliases, e.g. {@code unjustified desc}), one
     * page of them.
     */
    LinkedHashMap<Long, AttendanceSummary> orderedSummariesBy(
            String keyColumn,
            String condition,
            Map<String, Object> parameters,
            DateRange period,
            String orderBy,
            int limit,
            long offset) {
        LinkedHashMap<Long, AttendanceSummary> summaries = new LinkedHashMap<>();
        jdbc.sql("select " + keyColumn + " as key, " + AGGREGATES + " from (" + LINES + " where (" + condition
                        + ") and r.day between :from and :to) l group by " + keyColumn + " order by " + orderBy
                        + ", key limit :limit offset :offset")
                .params(parameters)
                .param("from", period.start())
                .param("to", period.end())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> summaries.put(rs.getLong("key"), summary(rs)))
                .list();
        return summaries;
    }

    AttendanceSummary summary(String condition, Map<String, Object> parameters, DateRange period) {
        return jdbc.sql("select " + AGGREGATES + " from (" + LINES + " where (" + condition
                        + ") and r.day between :from and :to) l")
                .params(parameters)
                .param("from", period.start())
                .param("to", period.end())
                .query((rs, row) -> summary(rs))
                .single();
    }

    /** Figures per month of the period, every month present in order. */
    List<MonthlyAbsenteeism> monthly(String condition, Map<String, Object> parameters, DateRange period) {
        Map<YearMonth, AttendanceSummary> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(period.start());
                !month.isAfter(YearMonth.from(period.end()));
                month = month.plusMonths(1)) {
            months.put(month, AttendanceSummary.EMPTY);
        }
        jdbc.sql("select date_trunc('month', day)::date as month, " + AGGREGATES + " from (" + LINES + " where ("
                        + condition + ") and r.day between :from and :to) l group by 1")
                .params(parameters)
                .param("from", period.start())
                .param("to", period.end())
                .query((rs, row) -> months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), summary(rs)))
                .list();
        List<MonthlyAbsenteeism> result = new ArrayList<>();
        months.forEach((month, summary) -> result.add(new MonthlyAbsenteeism(month, summary)));
        return result;
    }

    List<AbsenceInfo> absencesOf(long apprenticeId, DateRange period) {
        return jdbc.sql("select * from (" + LINES + " where r.apprentice_id = :apprentice and r.status <> 'PRESENT'"
                        + " and r.day between :from and :to) l order by day desc, start_time desc")
                .param("apprentice", apprenticeId)
                .param("from", period.start())
                .param("to", period.end())
                .query((rs, row) -> absence(rs))
                .list();
    }

    static Map<String, Object> ids(String name, Collection<Long> ids) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(name, ids.isEmpty() ? List.of(-1L) : List.copyOf(ids));
        return parameters;
    }

    static AbsenceInfo absence(ResultSet rs) throws SQLException {
        AttendanceStatus status = AttendanceStatus.valueOf(rs.getString("status"));
        return new AbsenceInfo(
                rs.getLong("record_id"),
                rs.getLong("session_id"),
                rs.getLong("cohort_id"),
                rs.getObject("day", LocalDate.class),
                rs.getObject("start_time", java.time.LocalTime.class),
                rs.getObject("end_time", java.time.LocalTime.class),
                rs.getString("subject"),
                status,
                status == AttendanceStatus.LATE ? rs.getInt("late_minutes") : rs.getInt("absence_minutes"),
                state(rs.getString("standing")));
    }

    static JustificationState state(String standing) {
        return switch (standing) {
            case "J" -> JustificationState.JUSTIFIED;
            case "P" -> JustificationState.PENDING;
            default -> JustificationState.UNJUSTIFIED;
        };
    }

    private static AttendanceSummary summary(ResultSet rs) throws SQLException {
        return new AttendanceSummary(
                rs.getLong("lines"),
                rs.getLong("planned"),
                rs.getLong("realised"),
                rs.getLong("distance_planned"),
                rs.getLong("distance_realised"),
                rs.getLong("absence"),
                rs.getLong("justified"),
                rs.getLong("pending"),
                rs.getLong("unjustified"),
                rs.getLong("absences"),
                rs.getLong("unjustified_absences"),
                rs.getLong("lates"),
                rs.getLong("late_minutes"));
    }
}
