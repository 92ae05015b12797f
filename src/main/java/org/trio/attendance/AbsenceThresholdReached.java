package org.trio.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published once per apprentice, kind and month when a configurable threshold is reached: e.g. 7 hours of unjustified
 * absence in November. The early-warning module turns it into a signal to assess; it never decides anything by itself.
 *
 * @param measured the hours (for {@link ThresholdKind#UNJUSTIFIED_HOURS_PER_MONTH}) or the count (late arrivals)
 * @param threshold the threshold in force for the apprentice's CFA at the end of the period
 * @param periodStart first day of the month measured
 * @param periodEnd last day of the month measured
 */
public record AbsenceThresholdReached(
        long apprenticeId,
        ThresholdKind kind,
        BigDecimal measured,
        BigDecimal threshold,
        LocalDate periodStart,
        LocalDate periodEnd) {}
