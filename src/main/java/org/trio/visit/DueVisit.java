package org.trio.visit;

import java.time.LocalDate;

/**
 * A visit a contract is due under the visit policy, between {@code windowStart} and {@code windowEnd} included.
 *
 * @param ruleCode the policy rule ({@code TRIAL}, {@code START}, {@code END} by default)
 */
public record DueVisit(long contractId, String ruleCode, String label, LocalDate windowStart, LocalDate windowEnd) {

    /** Whether a visit done that day satisfies this due visit. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(windowStart) && !day.isAfter(windowEnd);
    }
}
