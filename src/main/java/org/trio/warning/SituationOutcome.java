package org.trio.warning;

import java.util.Locale;

/** How a situation ended. */
public enum SituationOutcome {
    /** The difficulty is resolved; the contract goes on. */
    RESOLVED,
    /** The contract was broken. */
    RUPTURE,
    /** The young person changes programme or path. */
    REORIENTATION;

    public String messageKey() {
        return "warning.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
