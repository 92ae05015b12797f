package org.trio.quality.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The follow-up form of an improvement measure. */
record ActionFollowUp(
        @NotNull ImprovementAction.Status status,
        @NotBlank @Size(max = 200) String owner,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate doneOn,

        @Size(max = 4000) @Nullable String effectObserved) {}
