package org.trio.attendance.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.trio.attendance.JustificationReason;

/**
 * The form justifying absences: from a day to a day, a reason, a comment. The secretariat may accept it at once
 * ({@code acceptNow}) when it records a justification it already checked.
 */
record JustificationForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate firstDay,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate lastDay,

        @NotNull JustificationReason reason,
        @Nullable @Size(max = 500) String comment,
        boolean acceptNow) {}
