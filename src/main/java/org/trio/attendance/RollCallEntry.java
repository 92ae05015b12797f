package org.trio.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One line of a roll call as the trainer enters it.
 *
 * @param lateMinutes required when {@code status} is {@link AttendanceStatus#LATE}, ignored otherwise
 */
public record RollCallEntry(
        @NotNull Long apprenticeId,
        @NotNull AttendanceStatus status,
        @Nullable @Min(1) @Max(600) Integer lateMinutes) {}
