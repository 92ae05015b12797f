package org.trio.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** A session of a cohort's CFA timetable as other modules and pages see it. */
public record SessionInfo(
        long id,
        long cohortId,
        long programmeId,
        long cfaId,
        long siteId,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        String subject,
        @Nullable Long trainerStaffId,
        @Nullable String room,
        SessionMode mode,
        @Nullable OffsetDateTime rollCallAt) {

    public int minutes() {
        return (int) ChronoUnit.MINUTES.between(start, end);
    }

    public boolean rollCallTaken() {
        return rollCallAt != null;
    }

    public boolean atDistance() {
        return mode == SessionMode.DISTANCE;
    }
}
