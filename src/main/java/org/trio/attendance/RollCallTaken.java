package org.trio.attendance;

import java.time.LocalDate;

/** Published when the roll call of a session is saved (first time or corrected). */
public record RollCallTaken(
        long sessionId, long cohortId, LocalDate day, int present, int absent, int late, int excused) {}
