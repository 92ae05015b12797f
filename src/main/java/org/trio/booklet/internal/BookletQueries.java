package org.trio.booklet.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;
import org.trio.booklet.EntryKind;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** The livret's read models, in SQL on the module's own tables. */
@Component
class BookletQueries {

    /** An entry of the timeline, with its replies, competencies worked, files and readers. */
    public record TimelineEntry(
            long id,
            EntryKind kind,
            String authorRole,
            String authorName,
            OffsetDateTime postedAt,
            java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd,
            String activities,
            String difficulties,
            String body,
            List<String> competencies,
            List<AttachmentView> attachments,
            List<Receipt> receipts,
            List<TimelineEntry> replies) {}

    /** A file of an entry (without its content). */
    public record AttachmentView(long id, String fileName, String contentType, int sizeBytes) {

        public String size() {
            return sizeBytes >= 1024 * 1024
                    ? String.format(java.util.Locale.FRANCE, "%.1f Mo", sizeBytes / (1024.0 * 1024))
                    : Math.max(1, sizeBytes / 1024) + " ko";
        }
    }

    /** Who read an entry, and when. */
    public record Receipt(String readerRole, String readerName, OffsetDateTime readAt) {}

    /** A livret in a list. */
    public record BookletRow(
            long contractId, long apprenticeId, OffsetDateTime lastActivityAt, boolean missionAwaiting) {}

    private record EntryRow(
            long id,
            Long parentId,
            EntryKind kind,
            String authorRole,
            String authorName,
            OffsetDateTime postedAt,
            java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd,
            String activities,
            String difficulties,
            String body) {}

    private final JdbcClient jdbc;

    BookletQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The timeline of a livret, newest first, replies under their entry in date order. */
    List<TimelineEntry> timeline(long bookletId) {
        List<EntryRow> rows = jdbc.sql("select id, parent_id, kind, author_role, author_name, posted_at, period_start,"
                        + " period_end, activities, difficulties, body from booklet.entry where booklet_id = ?"
                        + " order by posted_at, id")
                .param(bookletId)
                .query(EntryRow.class)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(EntryRow::id).toList();
        Map<Long, List<String>> competencies = new HashMap<>();
        jdbc.sql("select ec.entry_id, c.code || ' · ' || c.title from booklet.entry_competency ec join"
                        + " booklet.competency c on c.id = ec.competency_id where ec.entry_id in (:ids)"
                        + " order by c.code")
                .param("ids", ids)
                .query((rs, n) -> competencies
                        .computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<Long, List<AttachmentView>> files = new HashMap<>();
        jdbc.sql("select entry_id, id, file_name, content_type, size_bytes from booklet.attachment"
                        + " where entry_id in (:ids) order by id")
                .param("ids", ids)
                .query((rs, n) -> files.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(new AttachmentView(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5))))
                .list();
        Map<Long, List<Receipt>> receipts = new HashMap<>();
        jdbc.sql("select entry_id, reader_role, reader_name, read_at from booklet.read_receipt"
                        + " where entry_id in (:ids) order by read_at")
                .param("ids", ids)
                .query((rs, n) -> receipts.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(new Receipt(rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class))))
                .list();
        Map<Long, List<TimelineEntry>> replies = new LinkedHashMap<>();
        List<TimelineEntry> roots = new ArrayList<>();
        for (EntryRow row : rows) {
            List<TimelineEntry> children = new ArrayList<>();
            replies.put(row.id(), children);
            TimelineEntry entry = new TimelineEntry(
                    row.id(),
                    row.kind(),
                    row.authorRole(),
                    row.authorName(),
                    row.postedAt(),
                    row.periodStart(),
                    row.periodEnd(),
                    row.activities(),
                    row.difficulties(),
                    row.body(),
                    competencies.getOrDefault(row.id(), List.of()),
                    files.getOrDefault(row.id(), List.of()),
                    receipts.getOrDefault(row.id(), List.of()),
                    children);
            if (row.parentId() != null && replies.containsKey(row.parentId())) {
                replies.get(row.parentId()).add(entry);
            } else {
                roots.add(entry);
            }
        }
        java.util.Collections.reverse(roots);
        return roots;
    }

    /** The livrets of the apprentices in scope, the longest silent first. */
    PageSlice<BookletRow> inScope(ApprenticeScope scope, Paging paging) {
        return paging.slice(jdbc.sql("select contract_id, apprentice_id, last_activity_at,"
                        + " (mission_submitted_at is not null and mission_decided_at is null) as mission_awaiting"
                        + " from booklet.booklet where " + scope.sql("cfa_id", "site_id", "apprentice_id")
                        + " order by last_activity_at nulls first, contract_id limit :limit offset :offset")
                .params(scope.parameters())
                .param("limit", paging.fetchSize())
                .param("offset", paging.offset())
                .query(BookletRow.class)
                .list());
    }

    List<BookletService.EvaluationRow> evaluations(long contractId) {
        return jdbc.sql("select competency_id, evaluator, level, evaluated_on from booklet.evaluation"
                        + " where contract_id = ? order by evaluated_on, id")
                .param(contractId)
                .query(BookletService.EvaluationRow.class)
                .list();
    }

    /** The evaluations of several contracts, by contract, in date order. */
    Map<Long, List<BookletService.EvaluationRow>> evaluations(Collection<Long> contractIds) {
        Map<Long, List<BookletService.EvaluationRow>> result = new HashMap<>();
        if (contractIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select contract_id, competency_id, evaluator, level, evaluated_on from booklet.evaluation"
                        + " where contract_id in (:ids) order by evaluated_on, id")
                .param("ids", List.copyOf(contractIds))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(new BookletService.EvaluationRow(
                                rs.getLong(2),
                                org.trio.booklet.Evaluator.valueOf(rs.getString(3)),
                                org.trio.booklet.EvaluationLevel.valueOf(rs.getString(4)),
                                rs.getObject(5, java.time.LocalDate.class))))
                .list();
        return result;
    }

    /** The latest comment of each competency by each evaluator ("MENTOR:12" → comment). */
    Map<String, String> latestComments(long contractId) {
        Map<String, String> comments = new HashMap<>();
        jdbc.sql("select distinct on (evaluator, competency_id) evaluator, competency_id, comment, evaluated_on,"
                        + " evaluator_name from booklet.evaluation where contract_id = ?"
                        + " order by evaluator, competency_id, evaluated_on desc, id desc")
                .param(contractId)
                .query((rs, n) -> comments.put(
                        rs.getString(1) + ":" + rs.getLong(2), rs.getString(3) == null ? "" : rs.getString(3)))
                .list();
        return comments;
    }
}
