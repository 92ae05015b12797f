package org.trio.attendance;

import java.util.Locale;

/** What a roll call says of an apprentice expected at a session. */
public enum AttendanceStatus {
    /** Present for the whole session. */
    PRESENT,
    /** Absent without prior notice; justified later or not. */
    ABSENT,
    /** Arrived late: the missed minutes are recorded. */
    LATE,
    /** Absence known and excused beforehand (convocation, exam elsewhere, sick leave already known). */
    EXCUSED;

    public boolean isAbsence() {
        return this == ABSENT || this == EXCUSED;
    }

    public String messageKey() {
        return "attendance.status." + name().toLowerCase(Locale.ROOT);
    }
}
