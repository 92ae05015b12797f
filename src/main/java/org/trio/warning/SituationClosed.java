package org.trio.warning;

import java.time.LocalDate;

/** Published when a situation is closed with its outcome. */
public record SituationClosed(
        long situationId, long apprenticeId, long cfaId, SituationOutcome outcome, LocalDate closedOn) {}
