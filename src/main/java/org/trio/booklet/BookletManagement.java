package org.trio.booklet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules (the early warning first) read of the livrets: their last activity, the apprentices' evaluation
 * trend, the competency referentials and where the missions' validation stands.
 */
public interface BookletManagement {

    /** The charter's delay for the validation of the mission by the programme lead, in days. */
    int MISSION_VALIDATION_DAYS = 7;

    /** When someone last wrote in the contract's livret or evaluated the apprentice; empty when nobody ever did. */
    Optional<Instant> lastActivity(long contractId);

    /** {@link #lastActivity} of several contracts (those without activity are absent). */
    Map<Long, Instant> lastActivities(Collection<Long> contractIds);

    /**
     * The contracts among those given whose livret has been silent since {@code since} (no entry, no evaluation
     * after that instant, or never any).
     */
    List<Long> silentSince(Collection<Long> contractIds, Instant since);

    /** The apprentice's evaluation trend, month by month, by maître and by trainer, oldest first. */
    List<EvaluationPoint> evaluationTrend(long apprenticeId);

    /** The competencies of the programme's referential, by block, in order; empty when it has none. */
    List<CompetencyInfo> competencies(long programmeId);

    /** Where the validation of the contract's mission stands, when a livret exists for it. */
    Optional<MissionStatus> mission(long contractId);

    /** The last day of the stays in the company for which the apprentice has written a period return. */
    List<LocalDate> periodReturnsWritten(long contractId);
}
