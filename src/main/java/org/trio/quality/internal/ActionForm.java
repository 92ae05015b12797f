package org.trio.quality.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form opening an improvement measure. */
record ActionForm(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) @Nullable String description,
        @NotNull ImprovementAction.Source source,
        @Size(max = 300) @Nullable String sourceReference,
        @NotBlank @Size(max = 200) String owner,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn) {

    static ActionForm empty(LocalDate today) {
        return new ActionForm("", "", ImprovementAction.Source.OTHER, "", "", today.plusMonths(3));
    }
}
