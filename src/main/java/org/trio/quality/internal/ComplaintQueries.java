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

/** Reads of the complaint register, with the delays computed against the policy in force at receipt. */
@Component
class ComplaintQueries {

    record ComplaintRow(
            long id,
            String nature,
            String complainantKind,
            String channel,
            String subject,
            LocalDate receivedOn,
            @Nullable LocalDate acknowledgedOn,
            @Nullable LocalDate answeredOn,
            String status,
            @Nullable Long improvementActionId,
            int acknowledgementDays,
            int answerDays) {

        public long delayDays(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(receivedOn, answeredOn != null ? answeredOn : today);
        }

        public boolean answerLate(LocalDate today) {
            return new ComplaintPolicy.Terms(acknowledgementDays, answerDays).answerLate(receivedOn, answeredOn, today);
        }

        public boolean acknowledgementLate(LocalDate today) {
            return new ComplaintPolicy.Terms(acknowledgementDays, answerDays)
                    .acknowledgementLate(receivedOn, acknowledgedOn, today);
        }
    }

    record Counts(long received, long acknowledged, long answered, long closed, long withAction) {}

    private static final String SELECT = """
            select c.id, c.nature, c.complainant_kind, c.channel, c.subject, c.received_on, c.acknowledged_on,
                   c.answered_on, c.status, c.improvement_action_id,
                   coalesce(p.acknowledgement_days, 7) as acknowledgement_days, coalesce(p.answer_days, 30) as answer_days
            from quality.complaint c
            left join lateral (select acknowledgement_days, answer_days from quality.complaint_policy
                               where valid_from <= c.received_on order by valid_from desc limit 1) p on true
            """;

    private final JdbcClient jdbc;

    ComplaintQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<ComplaintRow> list(
            long cfaId, @Nullable String status, @Nullable String nature, @Nullable String q, Paging paging) {
        return paging.slice(rows(cfaId, status, nature, q, paging.fetchSize(), paging.offset()));
    }

    /** Every complaint matching the filters, for the export. */
    List<ComplaintRow> all(long cfaId, @Nullable String status, @Nullable String nature, @Nullable String q) {
        return rows(cfaId, status, nature, q, Integer.MAX_VALUE, 0);
    }

    private List<ComplaintRow> rows(
            long cfaId, @Nullable String status, @Nullable String nature, @Nullable String q, int limit, int offset) {
        List<String> conditions = new ArrayList<>(List.of("c.cfa_id = :cfa"));
        Map<String, Object> params = new HashMap<>(Map.of("cfa", cfaId));
        if (status != null && !status.isBlank()) {
            conditions.add("c.status = :status");
            params.put("status", status);
        }
        if (nature != null && !nature.isBlank()) {
            conditions.add("c.nature = :nature");
            params.put("nature", nature);
        }
        if (q != null && !q.isBlank()) {
            conditions.add("(c.subject ilike :q or c.description ilike :q or c.complainant_name ilike :q)");
            params.put("q", "%" + q.strip() + "%");
        }
        return jdbc.sql(SELECT + " where " + String.join(" and ", conditions)
                        + " order by c.received_on desc, c.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(ComplaintRow.class)
                .list();
    }

    /** Every complaint of the CFA received in the period (for indicators and evidence). */
    List<ComplaintRow> receivedBetween(long cfaId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where c.cfa_id = :cfa and c.received_on between :from and :to order by c.id")
                .param("cfa", cfaId)
                .param("from", from)
                .param("to", to)
                .query(ComplaintRow.class)
                .list();
    }

    Counts counts(long cfaId) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'RECEIVED') as received,
                               count(*) filter (where status = 'ACKNOWLEDGED') as acknowledged,
                               count(*) filter (where status = 'ANSWERED') as answered,
                               count(*) filter (where status = 'CLOSED') as closed,
                               count(improvement_action_id) as with_action
                        from quality.complaint where cfa_id = :cfa
                        """).param("cfa", cfaId).query(Counts.class).single();
    }
}
