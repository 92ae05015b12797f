package org.trio.quality;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence for a Qualiopi indicator, produced from a module's own records.
 *
 * @param indicator the indicator number (1–32)
 * @param title what it is, in French ("Registre des réclamations 2025-2026 : 14 réclamations, 12 traitées")
 * @param description one more sentence, may be empty
 * @param date the date of the record (or of its latest update)
 * @param validUntil the date after which it no longer proves anything, or null to use the indicator's freshness
 * @param link the page of Trio that shows it (relative URL), may be empty
 * @param source the module that holds it (shown in the audit pack)
 */
public record QualiopiEvidence(
        int indicator,
        String title,
        String description,
        LocalDate date,
        @Nullable LocalDate validUntil,
        String link,
        String source) {

    public QualiopiEvidence {
        if (indicator < 1 || indicator > 32) {
            throw new IllegalArgumentException("Indicateur Qualiopi hors limites : " + indicator);
        }
    }
}
