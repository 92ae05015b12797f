package org.trio.warning;

import java.time.LocalDate;

/** Published when a signal is recorded and attached to a situation. */
public record SignalRaised(
        long signalId,
        long situationId,
        long apprenticeId,
        long cfaId,
        SignalCategory category,
        SignalOrigin origin,
        LocalDate observedOn,
        boolean situationOpened) {}
