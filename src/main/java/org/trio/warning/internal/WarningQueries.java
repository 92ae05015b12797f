package org.trio.warning.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;
import org.trio.platform.web.Paging;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.SituationOutcome;
import org.trio.warning.SituationStage;

/** The lists of the early warning's pages, in SQL on this module's tables, filtered by the user's scope. */
@Component
class WarningQueries {

    private final JdbcClient jdbc;

    WarningQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A situation in a list. */
    record SituationRow(
            long id,
            long apprenticeId,
            long cfaId,
            LocalDate openedOn,
            SituationStage stage,
            Situation.@Nullable Priority priority,
            @Nullable SituationOutcome outcome,
            @Nullable LocalDate closedOn,
            int signals,
            int unread,
            int openActions,
            int lateActions,
            @Nullable LocalDate lastSignalOn,
            @Nullable String lastSummary) {

        public long ageDays(LocalDate day) {
            return java.time.temporal.ChronoUnit.DAYS.between(openedOn, closedOn == null ? day : closedOn);
        }
    }

    /** What the list of situations is filtered on. */
    record SituationFilter(@Nullable SituationStage stage, Situation.@Nullable Priority priority, boolean lateOnly) {}

    List<SituationRow> situations(
            ApprenticeScope scope, boolean social, SituationFilter filter, LocalDate day, @Nullable Paging paging) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("day", day);
        List<String> where = new ArrayList<>(List.of(in(scope, "s")));
        if (filter.stage() != null) {
            where.add("s.stage = :stage");
            params.put("stage", filter.stage().name());
        } else {
            where.add("s.stage <> 'CLOSED'");
        }
        if (filter.priority() != null) {
            where.add("s.priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.lateOnly()) {
            where.add("exists (select 1 from warning.situation_action a where a.situation_id = s.id"
                    + " and a.status = 'PLANNED' and a.due_date < :day)");
        }
        String visible = social ? "" : " and g.category <> 'SOCIAL'";
        String sql = "select s.id, s.apprentice_id, s.cfa_id, s.opened_on, s.stage, s.priority, s.outcome, s.closed_on,"
                + " (select count(*) from warning.signal g where g.situation_id = s.id" + visible + ") as signals,"
                + " (select count(*) from warning.signal g where g.situation_id = s.id and not g.acknowledged"
                + visible + ") as unread,"
                + " (select count(*) from warning.situation_action a where a.situation_id = s.id"
                + " and a.status = 'PLANNED') as open_actions,"
                + " (select count(*) from warning.situation_action a where a.situation_id = s.id"
                + " and a.status = 'PLANNED' and a.due_date < :day) as late_actions,"
                + " (select max(g.observed_on) from warning.signal g where g.situation_id = s.id" + visible
                + ") as last_signal_on,"
                + " (select g.summary from warning.signal g where g.situation_id = s.id" + visible
                + " order by g.observed_on desc, g.id desc limit 1) as last_summary"
                + " from warning.situation s where " + String.join(" and ", where)
                + " order by case s.stage when 'NEW' then 0 when 'IN_PROGRESS' then 1 else 2 end,"
                + " case s.priority when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 else 0 end,"
                + " s.opened_on, s.id" + page(paging, params);
        return jdbc.sql(sql).params(params).query(SituationRow.class).list();
    }

    /** A signal as shown in a situation or a list. */
    record SignalRow(
            long id,
            long apprenticeId,
            long situationId,
            SignalCategory category,
            SignalOrigin origin,
            String summary,
            @Nullable String detail,
            @Nullable String evidenceLabel,
            @Nullable String evidenceUrl,
            LocalDate observedOn,
            OffsetDateTime raisedAt,
            String raisedBy,
            boolean acknowledged) {}

    static final String SIGNAL = "select id, apprentice_id, situation_id, category, origin, summary, detail,"
            + " evidence_label, evidence_url, observed_on, raised_at, raised_by, acknowledged from warning.signal";

    List<SignalRow> signalsOfSituation(long situationId, boolean social) {
        return jdbc.sql(SIGNAL + " where situation_id = ?" + (social ? "" : " and category <> 'SOCIAL'")
                        + " order by observed_on desc, id desc")
                .param(situationId)
                .query(SignalRow.class)
                .list();
    }

    List<SignalRow> signalsOfApprentice(long apprenticeId, boolean social, int limit) {
        return jdbc.sql(SIGNAL + " where apprentice_id = ?" + (social ? "" : " and category <> 'SOCIAL'")
                        + " order by observed_on desc, id desc limit ?")
                .params(apprenticeId, limit)
                .query(SignalRow.class)
                .list();
    }

    int hiddenSignals(long situationId, boolean social) {
        if (social) {
            return 0;
        }
        return jdbc.sql("select count(*) from warning.signal where situation_id = ? and category = 'SOCIAL'")
                .param(situationId)
                .query(Integer.class)
                .single();
    }

    /** A planned call in the CJE's list. */
    record CallRow(
            long id,
            long contractId,
            long apprenticeId,
            long employerId,
            @Nullable Long advisorStaffId,
            LocalDate dueDate,
            CallReason reason,
            PlannedCall.Status status) {}

    /** Which calls: of one CJE or all in scope; due this week, late, or upcoming. */
    enum CallPeriod {
        WEEK,
        LATE,
        UPCOMING
    }

    /** The calls, a page of them or all of them ({@code paging} null, for exports). */
    List<CallRow> calls(
            ApprenticeScope scope, @Nullable Long advisor, CallPeriod period, LocalDate day, @Nullable Paging paging) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = callConditions(scope, advisor, period, day, params);
        return jdbc.sql("select id, contract_id, apprentice_id, employer_id, advisor_staff_id, due_date, reason, status"
                        + " from warning.planned_call where " + where + " order by due_date, id" + page(paging, params))
                .params(params)
                .query(CallRow.class)
                .list();
    }

    int countCalls(ApprenticeScope scope, @Nullable Long advisor, CallPeriod period, LocalDate day) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = callConditions(scope, advisor, period, day, params);
        return jdbc.sql("select count(*) from warning.planned_call where " + where)
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** Planned calls in scope: of one CJE or all; due from the day to the end of its week, before it, or after. */
    private static String callConditions(
            ApprenticeScope scope,
            @Nullable Long advisor,
            CallPeriod period,
            LocalDate day,
            Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of(in(scope, ""), "status = 'PLANNED'"));
        var week = TimeRules.weekOf(day);
        switch (period) {
            case WEEK -> {
                where.add("due_date >= :from and due_date <= :to");
                params.put("from", day);
                params.put("to", week.end());
            }
            case LATE -> {
                where.add("due_date < :from");
                params.put("from", day);
            }
            case UPCOMING -> {
                where.add("due_date > :from");
                params.put("from", week.end());
            }
        }
        if (advisor != null) {
            where.add("advisor_staff_id = :advisor");
            params.put("advisor", advisor);
        }
        return String.join(" and ", where);
    }

    /** A call made, in the contract's sheet. */
    record CallLogRow(
            long id,
            @Nullable Long plannedCallId,
            LocalDate calledOn,
            CallLog.Channel channel,
            String callerName,
            @Nullable String contactName,
            String outcome,
            @Nullable Long signalId) {}

    List<CallLogRow> callLogs(long contractId) {
        return jdbc.sql("select id, planned_call_id, called_on, channel, caller_name, contact_name, outcome, signal_id"
                        + " from warning.call_log where contract_id = ? order by called_on desc, id desc")
                .param(contractId)
                .query(CallLogRow.class)
                .list();
    }

    List<CallRow> plannedCallsOf(long contractId) {
        return jdbc.sql("select id, contract_id, apprentice_id, employer_id, advisor_staff_id, due_date, reason, status"
                        + " from warning.planned_call where contract_id = ? order by due_date, id")
                .param(contractId)
                .query(CallRow.class)
                .list();
    }

    /** An apprentice's stored score. */
    record RiskRow(
            long apprenticeId,
            long cfaId,
            int score,
            int socialPoints,
            String factors,
            LocalDate computedOn,
            @Nullable Long situationId,
            @Nullable LocalDate lastReviewOn,
            @Nullable String lastDecision) {

        public int visibleScore(boolean social) {
            return social ? score : score - socialPoints;
        }

        public java.util.Set<RiskFactor> factorSet(boolean social) {
            java.util.Set<RiskFactor> set = RiskScoring.decode(factors);
            if (!social) {
                set.removeIf(RiskFactor::isSocial);
            }
            return set;
        }
    }

    /** The scores, a page of them or all of them ({@code paging} null, for exports). */
    List<RiskRow> risks(
            ApprenticeScope scope, boolean social, int minScore, boolean withoutSituation, @Nullable Paging paging) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String visible = social ? "r.score" : "(r.score - r.social_points)";
        List<String> where = new ArrayList<>(List.of(in(scope, "r"), visible + " >= :min"));
        params.put("min", minScore);
        if (withoutSituation) {
            where.add("not exists (select 1 from warning.situation s where s.apprentice_id = r.apprentice_id"
                    + " and s.stage <> 'CLOSED')");
        }
        String limit = page(paging, params);
        return jdbc.sql("select r.apprentice_id, r.cfa_id, r.score, r.social_points, r.factors, r.computed_on,"
                        + " (select s.id from warning.situation s where s.apprentice_id = r.apprentice_id"
                        + " and s.stage <> 'CLOSED') as situation_id,"
                        + " (select v.reviewed_on from warning.risk_review v where v.apprentice_id = r.apprentice_id"
                        + " order by v.reviewed_at desc limit 1) as last_review_on,"
                        + " (select v.decision from warning.risk_review v where v.apprentice_id = r.apprentice_id"
                        + " order by v.reviewed_at desc limit 1) as last_decision"
                        + " from warning.risk_score r where " + String.join(" and ", where)
                        + " order by " + visible + " desc, r.apprentice_id" + limit)
                .params(params)
                .query(RiskRow.class)
                .list();
    }

    int countRisks(ApprenticeScope scope, boolean social, int minScore, boolean withoutSituation) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String visible = social ? "r.score" : "(r.score - r.social_points)";
        params.put("min", minScore);
        return jdbc.sql("select count(*) from warning.risk_score r where " + in(scope, "r") + " and " + visible
                        + " >= :min"
                        + (withoutSituation
                                ? " and not exists (select 1 from warning.situation s where s.apprentice_id ="
                                        + " r.apprentice_id and s.stage <> 'CLOSED')"
                                : ""))
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** A review of a score. */
    record ReviewRow(
            long id,
            LocalDate reviewedOn,
            String reviewer,
            int score,
            String factors,
            String decision,
            @Nullable String note,
            @Nullable Long situationId) {

        /** The score the reviewer saw, hidden from a role without social data when it counted the social factor. */
        @Nullable
        public Integer visibleScore(boolean social) {
            return social || !RiskScoring.decode(factors).contains(RiskFactor.SOCIAL_SITUATION) ? score : null;
        }

        public java.util.Set<RiskFactor> visibleFactors(boolean social) {
            java.util.Set<RiskFactor> set = RiskScoring.decode(factors);
            if (!social) {
                set.removeIf(RiskFactor::isSocial);
            }
            return set;
        }
    }

    List<ReviewRow> reviews(long apprenticeId) {
        return jdbc.sql("select id, reviewed_on, reviewer, score, factors, decision, note, situation_id"
                        + " from warning.risk_review where apprentice_id = ? order by reviewed_at desc, id desc")
                .param(apprenticeId)
                .query(ReviewRow.class)
                .list();
    }

    /** A decided action in the lists of late actions. */
    record ActionRow(
            long id,
            long situationId,
            long apprenticeId,
            SituationAction.Kind kind,
            String description,
            boolean confidential,
            long ownerStaffId,
            LocalDate dueDate,
            SituationAction.Status status) {}

    List<ActionRow> lateActions(ApprenticeScope scope, LocalDate day, int limit) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("day", day);
        params.put("limit", limit);
        return jdbc.sql("select a.id, a.situation_id, s.apprentice_id, a.kind, a.description, a.confidential,"
                        + " a.owner_staff_id, a.due_date, a.status from warning.situation_action a"
                        + " join warning.situation s on s.id = a.situation_id where " + in(scope, "s")
                        + " and a.status = 'PLANNED' and a.due_date < :day order by a.due_date, a.id limit :limit")
                .params(params)
                .query(ActionRow.class)
                .list();
    }

    int countLateActions(ApprenticeScope scope, LocalDate day) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("day", day);
        return jdbc.sql("select count(*) from warning.situation_action a join warning.situation s on s.id ="
                        + " a.situation_id where " + in(scope, "s") + " and a.status = 'PLANNED' and a.due_date < :day")
                .params(params)
                .query(Integer.class)
                .single();
    }

    List<ActionRow> actionsOwnedBy(long staffId, int limit) {
        return jdbc.sql("select a.id, a.situation_id, s.apprentice_id, a.kind, a.description, a.confidential,"
                        + " a.owner_staff_id, a.due_date, a.status from warning.situation_action a"
                        + " join warning.situation s on s.id = a.situation_id where a.owner_staff_id = ?"
                        + " and a.status = 'PLANNED' order by a.due_date, a.id limit ?")
                .params(staffId, limit)
                .query(ActionRow.class)
                .list();
    }

    /** A notification of a staff member. */
    record NotificationRow(
            long id,
            @Nullable Long apprenticeId,
            String title,
            String body,
            String link,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime readAt) {}

    List<NotificationRow> notifications(long staffId, Paging paging) {
        return jdbc.sql("select id, apprentice_id, title, body, link, created_at, read_at from warning.notification"
                        + " where recipient_staff_id = ? order by created_at desc, id desc limit ? offset ?")
                .params(staffId, paging.fetchSize(), paging.offset())
                .query(NotificationRow.class)
                .list();
    }

    int unreadNotifications(long staffId) {
        return jdbc.sql("select count(*) from warning.notification where recipient_staff_id = ? and read_at is null")
                .param(staffId)
                .query(Integer.class)
                .single();
    }

    void markNotificationsRead(long staffId, OffsetDateTime now) {
        jdbc.sql("update warning.notification set read_at = ? where recipient_staff_id = ? and read_at is null")
                .params(now, staffId)
                .update();
    }

    /** Counts for the triage team's home: situations not triaged and signals not read, in scope. */
    int signalsToTriage(ApprenticeScope scope, boolean social) {
        return jdbc.sql("select count(*) from warning.signal g where " + in(scope, "g") + " and not g.acknowledged"
                        + (social ? "" : " and g.category <> 'SOCIAL'"))
                .params(scope.parameters())
                .query(Integer.class)
                .single();
    }

    /** The limit clause of a page (one row more than shown), or none when every row is wanted. */
    private static String page(@Nullable Paging paging, Map<String, Object> params) {
        if (paging == null) {
            return "";
        }
        params.put("limit", paging.fetchSize());
        params.put("offset", paging.offset());
        return " limit :limit offset :offset";
    }

    /** The scope as a SQL condition on a table of this module (columns cfa_id, site_id, apprentice_id). */
    static String in(ApprenticeScope scope, String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return scope.sql(prefix + "cfa_id", prefix + "site_id", prefix + "apprentice_id");
    }
}
