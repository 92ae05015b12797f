package org.trio.referential;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What is needed to open a cohort. */
public record NewCohort(
        @NotNull Long programmeId,
        @NotNull Long siteId,
        @NotNull @Min(2000) @Max(2100) Integer schoolYear,
        @NotNull @Min(1) @Max(5) Integer programmeYear,
        @NotBlank @Size(max = 120) String label,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate) {}
