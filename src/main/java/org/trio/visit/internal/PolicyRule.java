package org.trio.visit.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the visit policy: a visit is due from {@code fromAnchor + fromMonths} to {@code toAnchor + toMonths}, for
 * the contracts starting between {@code validFrom} and {@code validTo}; of one CFA ({@code cfaId}) or of every CFA
 * (null), of one programme or of all.
 */
record PolicyRule(
        @Nullable Long programmeId,
        String code,
        String label,
        Anchor fromAnchor,
        int fromMonths,
        Anchor toAnchor,
        int toMonths,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        int position,
        @Nullable Long cfaId) {

    /** A rule shared by every CFA. */
    PolicyRule(
            @Nullable Long programmeId,
            String code,
            String label,
            Anchor fromAnchor,
            int fromMonths,
            Anchor toAnchor,
            int toMonths,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            int position) {
        this(programmeId, code, label, fromAnchor, fromMonths, toAnchor, toMonths, validFrom, validTo, position, null);
    }

    /** The dates a window is measured from. */
    enum Anchor {
        START,
        TRIAL_END,
        END
    }

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
