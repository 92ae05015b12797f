package org.trio.visit;

import java.util.Locale;

/** How a visit takes place. */
public enum VisitMode {
    ON_SITE,
    VIDEO,
    PHONE;

    public String messageKey() {
        return "visit.mode." + name().toLowerCase(Locale.ROOT);
    }
}
