package org.trio.warning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A situation as other modules see it (without its restricted social assessment). */
public record SituationInfo(
        long id,
        long apprenticeId,
        long cfaId,
        LocalDate openedOn,
        SituationStage stage,
        @Nullable String priority,
        @Nullable SituationOutcome outcome,
        @Nullable LocalDate closedOn) {}
