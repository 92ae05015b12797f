package org.trio.booklet;

import java.time.LocalDate;

/** Published for each competency evaluated by a maître or a trainer. */
public record EvaluationRecorded(
        long evaluationId,
        long contractId,
        long apprenticeId,
        long competencyId,
        EvaluationLevel level,
        Evaluator evaluator,
        LocalDate evaluatedOn) {}
