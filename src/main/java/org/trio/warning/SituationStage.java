package org.trio.warning;

import java.util.Locale;

/** Where a situation stands: opened by a signal, triaged and followed with actions, or closed. */
public enum SituationStage {
    NEW,
    IN_PROGRESS,
    CLOSED;

    public String messageKey() {
        return "warning.stage." + name().toLowerCase(Locale.ROOT);
    }
}
