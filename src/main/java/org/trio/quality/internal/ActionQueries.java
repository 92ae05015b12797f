package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** Reads of the improvement-measure dashboard. */
@Component
class ActionQueries {

    record ActionRow(
            long id,
            String title,
            String source,
            @Nullable String sourceReference,
            String owner,
            LocalDate openedOn,
            LocalDate dueOn,
            String status,
            @Nullable LocalDate doneOn,
            @Nullable String effectObserved,
            boolean late) {}

    record Counts(long planned, long inProgress, long done, long abandoned, long late) {}

    private final JdbcClient jdbc;

    ActionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<ActionRow> list(
            long cfaId,
            @Nullable String status,
            @Nullable String source,
            boolean lateOnly,
            LocalDate today,
            Paging paging) {
        return paging.slice(rows(cfaId, status, source, lateOnly, today, paging.fetchSize(), paging.offset()));
    }

    /** Every measure matching the filters, for the export. */
    List<ActionRow> all(
            long cfaId, @Nullable String status, @Nullable String source, boolean lateOnly, LocalDate today) {
        return rows(cfaId, status, source, lateOnly, today, Integer.MAX_VALUE, 0);
    }

    private List<ActionRow> rows(
            long cfaId,
            @Nullable String status,
            @Nullable String source,
            boolean lateOnly,
            LocalDate today,
            int limit,
            int offset) {
        List<String> conditions = new ArrayList<>(List.of("cfa_id = :cfa"));
        Map<String, Object> params = new HashMap<>(Map.of("cfa", cfaId, "today", today));
        if (status != null && !status.isBlank()) {
            conditions.add("status = :status");
            params.put("status", status);
        }
        if (source != null && !source.isBlank()) {
            conditions.add("source = :source");
            params.put("source", source);
        }
        if (lateOnly) {
            conditions.add("status in ('PLANNED', 'IN_PROGRESS') and due_on < :today");
        }
        return jdbc.sql("select id, title, source, source_reference, owner, opened_on, due_on, status,"
                        + " done_on, effect_observed, (status in ('PLANNED', 'IN_PROGRESS') and due_on < :today) as late"
                        + " from quality.improvement_action where " + String.join(" and ", conditions)
                        + " order by late desc, case when status in ('PLANNED', 'IN_PROGRESS') then 0 else 1 end,"
                        + " due_on, id limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(ActionRow.class)
                .list();
    }

    Counts counts(long cfaId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'PLANNED') as planned,
                               count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status = 'ABANDONED') as abandoned,
                               count(*) filter (where status in ('PLANNED', 'IN_PROGRESS') and due_on < :today) as late
                        from quality.improvement_action where cfa_id = :cfa
                        """)
                .param("cfa", cfaId)
                .param("today", today)
                .query(Counts.class)
                .single();
    }

    /** The measures opened from a complaint or decided by the conseil, to show next to them. */
    List<ActionRow> byIds(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, title, source, source_reference, owner, opened_on, due_on, status, done_on,"
                        + " effect_observed, (status in ('PLANNED', 'IN_PROGRESS') and due_on < :today) as late"
                        + " from quality.improvement_action where id in (:ids) order by id")
                .param("ids", ids)
                .param("today", today)
                .query(ActionRow.class)
                .list();
    }
}
