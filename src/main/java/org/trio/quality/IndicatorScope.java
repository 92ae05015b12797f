package org.trio.quality;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.trio.shared.SchoolYear;

/**
 * What an indicator is computed for: a CFA, optionally one programme (diploma), a school year, and the reference date
 * ("as of").
 */
public record IndicatorScope(long cfaId, @Nullable Long programmeId, SchoolYear schoolYear, LocalDate referenceDate) {

    /** The same scope one school year earlier (to pool two cohorts), as of the end of that year at the latest. */
    public IndicatorScope previousYear() {
        SchoolYear previous = schoolYear.previous();
        LocalDate reference = referenceDate.isAfter(previous.end()) ? referenceDate : previous.end();
        return new IndicatorScope(cfaId, programmeId, previous, reference);
    }
}
