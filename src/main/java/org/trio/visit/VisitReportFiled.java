package org.trio.visit;

import java.time.LocalDate;

/** Published when the report of a visit is filed: the visit is done, and the risk level is known. */
public record VisitReportFiled(
        long reportId,
        long visitId,
        long contractId,
        long apprenticeId,
        String ruleCode,
        LocalDate visitedOn,
        RiskLevel riskLevel,
        int actions) {}
