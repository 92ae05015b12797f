package org.trio.attendance;

import java.util.Locale;

/** Where a justification of absence stands: waiting for the secretariat, accepted (justified) or refused. */
public enum JustificationStatus {
    PENDING,
    ACCEPTED,
    REFUSED;

    public String messageKey() {
        return "attendance.justification.status." + name().toLowerCase(Locale.ROOT);
    }
}
