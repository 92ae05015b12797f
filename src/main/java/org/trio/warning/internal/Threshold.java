package org.trio.warning.internal;

import java.util.Locale;

/** The configurable thresholds of the automatic signals and of the risk view, with the values a person may choose. */
enum Threshold {
    /** An enrolled young person who never had a contract is signalled after this many months without one. */
    NO_CONTRACT_MONTHS(1, 12),
    /** A young person whose contract was broken is signalled after this many months without a new one. */
    NO_CONTRACT_AFTER_RUPTURE_MONTHS(1, 12),
    /** A planned call not made this many days after its due date raises a signal. */
    CALL_OVERDUE_DAYS(1, 60),
    /** A livret without any entry for this many weeks raises a signal. */
    SILENT_BOOKLET_WEEKS(1, 26),
    /** Signals raised within this many days count in the risk score. */
    SIGNAL_WINDOW_DAYS(7, 365),
    /** From this score on, an apprentice is "at high risk" in the views and the dashboard. */
    HIGH_RISK_SCORE(1, 200),
    /** An apprentice's early-warning data are deleted this many months after the end of their last training. */
    RETENTION_MONTHS(1, 120);

    private final int min;
    private final int max;

    Threshold(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public String messageKey() {
        return "warning.threshold." + name().toLowerCase(Locale.ROOT);
    }
}
