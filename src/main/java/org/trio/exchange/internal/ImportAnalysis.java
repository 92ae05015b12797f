package org.trio.exchange.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an analysed file holds: its rows once read, what would change, and every problem found. Nothing is saved by an
 * analysis; {@link ImportService#commit} writes the rows of an analysis without errors.
 *
 * @param refusal why the file as a whole cannot be read (not a spreadsheet, truncated, header), or null
 */
record ImportAnalysis(
        String fileName, @Nullable String refusal, List<PlannedRow> rows, List<ImportIssue> issues, int totalRows) {

    enum Change {
        NEW,
        UPDATED,
        UNCHANGED
    }

    /**
     * A row and what importing it would do.
     *
     * @param apprenticeId the apprentice of Trio the row is about, when already known
     */
    record PlannedRow(TdbRow row, Change change, @Nullable Long apprenticeId) {}

    ImportAnalysis {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    long errors() {
        return issues.stream().filter(ImportIssue::isError).count() + (refusal == null ? 0 : 1);
    }

    long warnings() {
        return issues.stream()
                .filter(issue -> issue.severity() == ImportIssue.Severity.WARNING)
                .count();
    }

    long duplicates() {
        return issues.stream()
                .filter(issue -> issue.severity() == ImportIssue.Severity.DUPLICATE)
                .count();
    }

    long count(Change change) {
        return rows.stream().filter(row -> row.change() == change).count();
    }

    boolean importable() {
        return refusal == null && errors() == 0 && !rows.isEmpty();
    }
}
