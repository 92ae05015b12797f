package org.trio.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules (the early warning first) read of company visits. */
public interface VisitManagement {

    /** The visits the contract is due under the visit policy, in order; computed again from the policy. */
    List<DueVisit> dueVisits(long contractId);

    /** The due visits of the CFA's contracts whose window closed before {@code asOf} without a visit done by then. */
    List<OverdueVisit> overdueVisits(long cfaId, LocalDate asOf);

    /** Whether the visit due during the trial period was done (report filed) on or before {@code asOf}. */
    boolean trialPeriodVisitDone(long contractId, LocalDate asOf);

    /** The risk level of the contract's latest visit report. */
    Optional<RiskLevel> latestRiskLevel(long contractId);
}
