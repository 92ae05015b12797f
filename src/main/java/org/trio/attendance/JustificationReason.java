package org.trio.attendance;

import java.util.Locale;

/** The kinds of reasons given for an absence. Seen only by the people allowed to see reasons. */
public enum JustificationReason {
    ILLNESS,
    MEDICAL_APPOINTMENT,
    FAMILY_EVENT,
    TRANSPORT,
    OFFICIAL_SUMMONS,
    DRIVING_TEST,
    EXAM,
    OTHER;

    public String messageKey() {
        return "attendance.reason." + name().toLowerCase(Locale.ROOT);
    }
}
