package org.trio.attendance;

import java.util.Locale;

/** Whether a session is held in the CFA's rooms or at distance (virtual class, e-learning with a trainer). */
public enum SessionMode {
    IN_PERSON,
    DISTANCE;

    public String messageKey() {
        return "attendance.mode." + name().toLowerCase(Locale.ROOT);
    }
}
