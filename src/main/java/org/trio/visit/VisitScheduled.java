package org.trio.visit;

import java.time.LocalDate;

/** Published when a company visit is planned. */
public record VisitScheduled(
        long visitId, long contractId, long apprenticeId, String ruleCode, VisitMode mode, LocalDate plannedOn) {}
