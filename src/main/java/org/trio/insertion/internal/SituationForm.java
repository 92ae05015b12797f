package org.trio.insertion.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.trio.insertion.EmploymentContract;
import org.trio.insertion.Situation;

/** The form recording a leaver's situation at one horizon. */
record SituationForm(
        @NotNull Integer horizonMonths,
        @NotNull Situation situation,
        @Nullable EmploymentContract contractType,
        @Nullable Boolean jobMatchesDiploma,
        @Nullable @Min(0) @Max(24) Integer jobSearchMonths,
        @NotNull LeaverSituation.Source source,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate recordedOn) {}
