package org.trio.quality.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A document (file) or a link added to the evidence store for one indicator. */
record EvidenceForm(
        @NotNull @Min(1) @Max(32) Integer indicator,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) @Nullable String description,

        @NotBlank @Pattern(regexp = "FILE|LINK", message = "{evidence.kind.invalid}")
        String kind,

        @Size(max = 1000) @Nullable String url,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate documentDate,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validUntil) {}
