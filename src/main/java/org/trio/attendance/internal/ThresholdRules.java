package org.trio.attendance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.trio.attendance.ThresholdKind;

/**
 * Which threshold applies to an apprentice of a CFA on a day: among the rows of that kind valid that day, the CFA's
 * own row wins over its network's, which wins over the default row (no CFA, no network).
 */
final class ThresholdRules {

    /** A threshold row as stored. */
    record Row(
            long id,
            @Nullable Long networkId,
            @Nullable Long cfaId,
            ThresholdKind kind,
            BigDecimal value,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        int specificity() {
            return cfaId != null ? 2 : networkId != null ? 1 : 0;
        }
    }

    private ThresholdRules() {}

    static Optional<Row> applicable(List<Row> rows, ThresholdKind kind, long networkId, long cfaId, LocalDate day) {
        return rows.stream()
                .filter(row -> row.kind() == kind && row.validOn(day))
                .filter(row -> (row.cfaId() == null || row.cfaId() == cfaId)
                        && (row.networkId() == null || row.networkId() == networkId))
                .max(Comparator.comparingInt(Row::specificity).thenComparing(Row::validFrom));
    }

    static boolean reached(BigDecimal measured, BigDecimal threshold) {
        return measured.compareTo(threshold) >= 0;
    }
}
