package org.trio.platform.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** The outbox as the page "Courriels envoyés" lists it: newest first, searched by recipient or subject. */
@Component
class SentMails {

    /** A message in the list. */
    record MailRow(
            long id,
            OffsetDateTime createdAt,
            String recipient,
            String subject,
            MailStatus status,
            int attempts,
            @Nullable OffsetDateTime sentAt,
            @Nullable String lastError) {}

    /** A message with its text and the state of its delivery. */
    record MailDetail(
            long id,
            OffsetDateTime createdAt,
            String recipient,
            String subject,
            String body,
            MailStatus status,
            int attempts,
            @Nullable OffsetDateTime lastAttemptAt,
            @Nullable OffsetDateTime nextAttemptAt,
            @Nullable OffsetDateTime sentAt,
            @Nullable String lastError) {}

    /** What the list is filtered on: words of the recipient or subject, and a status. */
    record Filter(
            MailReaders.Readable readable,
            @Nullable String q,
            @Nullable MailStatus status) {

        String where(Map<String, Object> params) {
            List<String> conditions = new ArrayList<>();
            conditions.add(readableCondition(readable, params));
            if (q != null && !q.isBlank()) {
                conditions.add("(recipient ilike :q or subject ilike :q)");
                params.put(
                        "q",
                        "%"
                                + q.strip()
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_") + "%");
            }
            if (status != null) {
                conditions.add("status = :status");
                params.put("status", status.name());
            }
            return " where " + String.join(" and ", conditions);
        }
    }

    /** The condition on the CFA of the messages the person may read. */
    static String readableCondition(MailReaders.Readable readable, Map<String, Object> params) {
        params.put("readableCfas", readable.cfaIds().isEmpty() ? List.of(-1L) : List.copyOf(readable.cfaIds()));
        return readable.withoutCfa() ? "(cfa_id is null or cfa_id in (:readableCfas))" : "cfa_id in (:readableCfas)";
    }

    private static final String ROW_COLUMNS =
            "select id, created_at, recipient, subject, status, attempts, sent_at, last_error"
                    + " from platform.outbound_mail";
    private final JdbcClient jdbc;

    SentMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<MailRow> page(Filter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        List<MailRow> rows = jdbc.sql(ROW_COLUMNS + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", paging.fetchSize())
                .param("offset", paging.offset())
                .query(MailRow.class)
                .list();
        return paging.slice(rows);
    }

    /** Every message matching the filter, newest first, read as a stream the caller closes (exports). */
    Stream<MailRow> all(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        return jdbc.sql(ROW_COLUMNS + where + " order by id desc").params(params).query(MailRow.class).stream();
    }

    /** The message, when the person may read it. */
    Optional<MailDetail> find(long id, MailReaders.Readable readable) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String condition = readableCondition(readable, params);
        return jdbc.sql("""
                        select id, created_at, recipient, subject, body, status, attempts, last_attempt_at,
                               next_attempt_at, sent_at, last_error
                        from platform.outbound_mail where id = :id and """ + " " + condition)
                .params(params)
                .query(MailDetail.class)
                .optional();
    }
}
