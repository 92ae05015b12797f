package org.trio.attendance.internal;

import org.jspecify.annotations.Nullable;
import org.trio.attendance.AttendanceStatus;

/**
 * How one roll-call line counts (docs/modules/attendance.md, "Counting hours"): a present apprentice realises the whole
 * session; a late one realises it minus the minutes late (at most the whole session); an absent or excused one
 * realises nothing and the whole session is absence time. Distance sessions count like sessions in the rooms.
 */
final class AttendanceRules {

    /** The minutes of one line; {@code planned = realised + absence + late} always holds. */
    record LineMinutes(int planned, int realised, int absence, int late) {}

    private AttendanceRules() {}

    static LineMinutes minutes(int planned, AttendanceStatus status, @Nullable Integer lateMinutes) {
        if (planned <= 0) {
            throw new IllegalArgumentException("Durée de séance invalide : " + planned + " minutes");
        }
        return switch (status) {
            case PRESENT -> new LineMinutes(planned, planned, 0, 0);
            case LATE -> {
                int late = Math.min(Math.max(lateMinutes == null ? 0 : lateMinutes, 0), planned);
                yield new LineMinutes(planned, planned - late, 0, late);
            }
            case ABSENT, EXCUSED -> new LineMinutes(planned, 0, planned, 0);
        };
    }
}
