package org.trio.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A due visit whose window closed before the reference date without a visit done.
 *
 * @param plannedOn the date of a visit planned for it, if any (planned late, or not yet reported)
 */
public record OverdueVisit(
        long contractId,
        long apprenticeId,
        long cfaId,
        @Nullable Long tutorStaffId,
        String ruleCode,
        String label,
        LocalDate windowStart,
        LocalDate windowEnd,
        @Nullable LocalDate plannedOn) {}
