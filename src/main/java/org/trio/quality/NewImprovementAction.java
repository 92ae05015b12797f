package org.trio.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An improvement measure to open.
 *
 * @param source COMPLAINT, INCIDENT, SURVEY, COUNCIL, AUDIT, RUPTURE_ANALYSIS, SELF_ASSESSMENT, CONTROL or OTHER
 * @param sourceReference what it comes from, in words ("Analyse des ruptures 2025-2026")
 */
public record NewImprovementAction(
        @NotNull Long cfaId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) @Nullable String description,
        @NotBlank String source,
        @Size(max = 300) @Nullable String sourceReference,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn) {}
