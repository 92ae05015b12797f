package org.trio.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The hours of a cohort's timetable over a period, whether or not roll calls were taken: what the training plans,
 * and how much of it is at distance.
 */
public record TimetableHours(long sessions, long plannedMinutes, long distanceMinutes, long sessionsOutsideCfaDays) {

    public BigDecimal plannedHours() {
        return AttendanceSummary.hours(plannedMinutes);
    }

    public BigDecimal distanceHours() {
        return AttendanceSummary.hours(distanceMinutes);
    }

    /** Share of the planned time at distance, null when nothing is planned. */
    public @Nullable BigDecimal distanceShare() {
        return plannedMinutes <= 0
                ? null
                : BigDecimal.valueOf(distanceMinutes)
                        .divide(BigDecimal.valueOf(plannedMinutes), 4, RoundingMode.HALF_UP);
    }

    /** Whether at least 80 % of the timetable is at distance: the training's funding changes. */
    public boolean mostlyAtDistance() {
        BigDecimal share = distanceShare();
        return share != null && share.compareTo(AttendanceSummary.MOSTLY_AT_DISTANCE) >= 0;
    }
}
