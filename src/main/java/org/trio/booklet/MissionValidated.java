package org.trio.booklet;

import java.time.Instant;

/**
 * Published when the programme lead validates the missions entrusted to the apprentice against the referential. The
 * charter asks for the validation within a week of the submission.
 *
 * @param daysTaken whole days from submission to validation
 * @param withinCharterDelay whether it took at most {@link BookletManagement#MISSION_VALIDATION_DAYS} days
 */
public record MissionValidated(
        long contractId,
        long apprenticeId,
        Instant submittedAt,
        Instant validatedAt,
        long daysTaken,
        boolean withinCharterDelay) {}
