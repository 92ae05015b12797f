package org.trio.warning.internal;

import java.util.Locale;

/** Why a call to the company is planned, most important first (merged calls keep the most important reason). */
enum CallReason {
    EARLY_WEEK,
    TRIAL_END,
    MONTHLY,
    TERM;

    public String messageKey() {
        return "warning.call.reason." + name().toLowerCase(Locale.ROOT);
    }
}
