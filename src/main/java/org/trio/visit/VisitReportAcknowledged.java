package org.trio.visit;

import java.time.Instant;

/** Published when a member of the trio acknowledges a visit report. */
public record VisitReportAcknowledged(long reportId, long contractId, long apprenticeId, String role, Instant at) {}
