package org.trio.referential;

import java.time.LocalDate;
import org.trio.shared.SchoolYear;

/** A cohort (promotion) of a programme year at a site during a school year. */
public record CohortInfo(
        long id,
        long programmeId,
        long siteId,
        SchoolYear schoolYear,
        int programmeYear,
        String label,
        LocalDate startDate,
        LocalDate endDate) {}
