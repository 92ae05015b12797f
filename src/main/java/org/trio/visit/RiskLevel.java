package org.trio.visit;

import java.util.Locale;

/** The risk (of rupture, of failure) the visitor sees after a visit. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH;

    public String messageKey() {
        return "visit.risk." + name().toLowerCase(Locale.ROOT);
    }
}
