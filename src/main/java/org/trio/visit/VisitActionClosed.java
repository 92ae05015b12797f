package org.trio.visit;

import java.time.LocalDate;

/** Published when an action decided at a visit is closed. */
public record VisitActionClosed(long actionId, long reportId, long contractId, long apprenticeId, LocalDate closedOn) {}
