package org.trio.insertion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded situation of a former apprentice, as other modules see it. */
public record SituationInfo(
        long enrolmentId,
        long apprenticeId,
        long programmeId,
        int horizonMonths,
        Situation situation,
        @Nullable EmploymentContract contractType,
        @Nullable Boolean jobMatchesDiploma,
        @Nullable Integer jobSearchMonths,
        LocalDate recordedOn) {}
