package org.trio.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A session to plan in (or change of) a cohort's timetable; the form of the week view binds to it. */
public record NewSession(
        @NotNull LocalDate day,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @NotBlank @Size(max = 200) String subject,
        @Nullable Long trainerStaffId,
        @Nullable @Size(max = 60) String room,
        @NotNull SessionMode mode) {}
