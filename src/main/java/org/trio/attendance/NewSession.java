package org.trio.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A session to plan in (or change of) a cohort's timetable; the form of the week view binds to it. */
public record NewSession(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate day,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime start,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime end,

        @NotBlank @Size(max = 200) String subject,
        @Nullable Long trainerStaffId,
        @Nullable @Size(max = 60) String room,
        @NotNull SessionMode mode) {}
