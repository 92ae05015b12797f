package org.trio.contract.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;

/** What the CFA records about a rupture. */
record RuptureForm(
        @NotNull LocalDate ruptureDate,
        @NotNull RuptureInitiative initiative,
        @NotNull RuptureLegalMode legalMode,
        LocalDate mediatorContactDate,
        LocalDate employerInformedDate,
        boolean representativeSigned,
        Long representativeId,
        Long expressedMotiveId,
        Long validatedMotiveId,
        String closureReason,
        boolean continuesTraining,
        @Size(max = 1000) String comment) {

    static RuptureForm empty() {
        return new RuptureForm(null, null, null, null, null, false, null, null, null, null, true, null);
    }
}
