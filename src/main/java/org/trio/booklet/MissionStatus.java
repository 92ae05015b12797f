package org.trio.booklet;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the validation of a contract's mission stands.
 *
 * @param decision {@code VALIDATED}, {@code TO_REVISE}, or null while it awaits the programme lead
 */
public record MissionStatus(
        long contractId,
        @Nullable String mission,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable String decision) {

    public boolean awaitingDecision() {
        return submittedAt != null && decidedAt == null;
    }

    public boolean validated() {
        return "VALIDATED".equals(decision);
    }
}
