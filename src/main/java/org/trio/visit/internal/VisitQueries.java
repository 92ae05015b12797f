package org.trio.visit.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.visit.OverdueVisit;
import org.trio.visit.RiskLevel;
import org.trio.visit.VisitMode;

/** The visits' read models, in SQL on the module's own tables. */
@Component
class VisitQueries {

    /**
     * Due visits whose window closed before {@code :asOf} without a visit done (report filed) by then; callers add
     * their condition and order.
     */
    static final String OVERDUE = """
            select d.contract_id, d.apprentice_id, d.cfa_id, d.tutor_staff_id, d.rule_code, d.label, d.window_start,
                   d.window_end,
                   (select min(v.planned_on) from visit.visit v where v.contract_id = d.contract_id
                      and v.rule_code = d.rule_code and v.status = 'PLANNED') as planned_on
            from visit.due_visit d
            where d.window_end < :asOf
              and not exists (select 1 from visit.visit v where v.contract_id = d.contract_id
                              and v.rule_code = d.rule_code and v.status = 'DONE' and v.done_on <= :asOf)
            """;

    /** A visit of a contract, with its report if filed. */
    public record VisitRow(
            long id,
            String ruleCode,
            VisitMode mode,
            LocalDate plannedOn,
            LocalTime plannedTime,
            String visitorName,
            String status,
            LocalDate doneOn,
            OffsetDateTime mentorConfirmedAt,
            OffsetDateTime apprenticeConfirmedAt,
            Long reportId,
            RiskLevel riskLevel) {}

    /** A due visit with what was done about it. */
    public record DueRow(
            String ruleCode,
            String label,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate doneOn,
            LocalDate plannedOn) {

        public boolean overdueOn(LocalDate day) {
            return doneOn == null && windowEnd.isBefore(day);
        }
    }

    /** An action decided at a visit. */
    public record ActionRow(
            long id,
            long reportId,
            long contractId,
            long apprenticeId,
            String description,
            String owner,
            LocalDate dueOn,
            LocalDate closedOn,
            String closedBy,
            String closingNote) {

        public boolean lateOn(LocalDate day) {
            return closedOn == null && dueOn.isBefore(day);
        }
    }

    /** Who acknowledged a report. */
    public record Acknowledgement(String role, long personId, String name, OffsetDateTime acknowledgedAt) {}

    /** A comment on a report. */
    public record Comment(String authorRole, String authorName, String body, OffsetDateTime postedAt) {}

    private final JdbcClient jdbc;

    VisitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<OverdueVisit> overdue(ApprenticeScope scope, LocalDate asOf, Paging paging) {
        return paging.slice(jdbc.sql(OVERDUE + " and " + scope.sql("d.cfa_id", "d.site_id", "d.apprentice_id")
                        + " order by d.window_end, d.contract_id limit :limit offset :offset")
                .params(scope.parameters())
                .param("asOf", asOf)
                .param("limit", paging.fetchSize())
                .param("offset", paging.offset())
                .query(OverdueVisit.class)
                .list());
    }

    List<OverdueVisit> overdueAll(ApprenticeScope scope, LocalDate asOf) {
        return jdbc.sql(OVERDUE + " and " + scope.sql("d.cfa_id", "d.site_id", "d.apprentice_id")
                        + " order by d.window_end, d.contract_id")
                .params(scope.parameters())
                .param("asOf", asOf)
                .query(OverdueVisit.class)
                .list();
    }

    List<DueRow> due(long contractId) {
        return jdbc.sql("""
                        select d.rule_code, d.label, d.window_start, d.window_end,
                               (select min(v.done_on) from visit.visit v where v.contract_id = d.contract_id
                                  and v.rule_code = d.rule_code and v.status = 'DONE') as done_on,
                               (select min(v.planned_on) from visit.visit v where v.contract_id = d.contract_id
                                  and v.rule_code = d.rule_code and v.status = 'PLANNED') as planned_on
                        from visit.due_visit d where d.contract_id = ? order by d.position
                        """).param(contractId).query(DueRow.class).list();
    }

    List<VisitRow> visits(long contractId) {
        return jdbc.sql("""
                        select v.id, v.rule_code, v.mode, v.planned_on, v.planned_time, v.visitor_name, v.status,
                               v.done_on, v.mentor_confirmed_at, v.apprentice_confirmed_at, r.id as report_id,
                               r.risk_level
                        from visit.visit v left join visit.report r on r.visit_id = v.id
                        where v.contract_id = ? order by v.planned_on desc, v.id desc
                        """).param(contractId).query(VisitRow.class).list();
    }

    List<ActionRow> actionsOfReport(long reportId) {
        return jdbc.sql("select id, report_id, contract_id, apprentice_id, description, owner, due_on, closed_on,"
                        + " closed_by, closing_note from visit.action where report_id = ? order by due_on, id")
                .param(reportId)
                .query(ActionRow.class)
                .list();
    }

    List<ActionRow> openActionsOfContract(long contractId) {
        return jdbc.sql("select id, report_id, contract_id, apprentice_id, description, owner, due_on, closed_on,"
                        + " closed_by, closing_note from visit.action where contract_id = ? and closed_on is null"
                        + " order by due_on, id")
                .param(contractId)
                .query(ActionRow.class)
                .list();
    }

    List<Acknowledgement> acknowledgements(long reportId) {
        return jdbc.sql("select role, person_id, name, acknowledged_at from visit.acknowledgement where report_id = ?"
                        + " order by acknowledged_at")
                .param(reportId)
                .query(Acknowledgement.class)
                .list();
    }

    List<Comment> comments(long reportId) {
        return jdbc.sql("select author_role, author_name, body, posted_at from visit.report_comment where report_id = ?"
                        + " order by posted_at, id")
                .param(reportId)
                .query(Comment.class)
                .list();
    }

    /** The visits planned in scope from a day on, soonest first. */
    List<PlannedRow> planned(ApprenticeScope scope, LocalDate from, int limit) {
        return jdbc.sql("select v.id, v.contract_id, v.apprentice_id, v.planned_on, v.planned_time, v.mode,"
                        + " v.visitor_name from visit.visit v where v.status = 'PLANNED' and v.planned_on >= :from"
                        + " and " + scope.sql("v.cfa_id", "v.site_id", "v.apprentice_id")
                        + " order by v.planned_on, v.id limit :limit")
                .params(scope.parameters())
                .param("from", from)
                .param("limit", limit)
                .query(PlannedRow.class)
                .list();
    }

    /** A planned visit in a list. */
    public record PlannedRow(
            long id,
            long contractId,
            long apprenticeId,
            LocalDate plannedOn,
            LocalTime plannedTime,
            VisitMode mode,
            String visitorName) {}
}
