package org.trio.attendance;

import java.util.Locale;

/**
 * What a configurable absence threshold measures over a calendar month: hours of unjustified absence, or the number of
 * late arrivals.
 */
public enum ThresholdKind {
    UNJUSTIFIED_HOURS_PER_MONTH,
    LATE_ARRIVALS_PER_MONTH;

    public String messageKey() {
        return "attendance.threshold.kind." + name().toLowerCase(Locale.ROOT);
    }
}
