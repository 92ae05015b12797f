package org.trio.attendance;

import java.util.Locale;

/** Where an absence stands: justified (excused or accepted justification), awaiting review, or unjustified. */
public enum JustificationState {
    JUSTIFIED,
    PENDING,
    UNJUSTIFIED;

    public String messageKey() {
        return "attendance.state." + name().toLowerCase(Locale.ROOT);
    }
}
