package org.trio.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What is needed to enrol an apprentice in a programme (the national upload format's training fields). The CFA and site
 * default to the cohort's.
 */
public record NewEnrolment(
        @NotNull Long apprenticeId,
        @NotNull Long programmeId,
        Long cohortId,
        @NotNull Long cfaId,
        Long siteId,
        @NotNull @Min(2000) @Max(2100) Integer schoolYear,
        @NotNull @Min(1) @Max(5) Integer programmeYear,
        @NotNull LocalDate registrationDate,
        @NotNull LocalDate trainingStart,
        @NotNull LocalDate trainingEnd,
        @NotNull @Min(1) @Max(48) Integer theoreticalDurationMonths,
        boolean distanceLearning,
        Long tutorStaffId,

        @Pattern(regexp = "^([0-9]{4})?$", message = "{enrolment.previousSituation.invalid}")
        String previousSituation,

        @Size(max = 8) String previousUai,

        @Pattern(regexp = "^([0-9]{1,2})?$", message = "{enrolment.situationBeforeContract.invalid}")
        String situationBeforeContract,

        @Pattern(regexp = "^([0-9]{2})?$", message = "{enrolment.highestDiplomaHeld.invalid}")
        String highestDiplomaHeld,

        @Size(max = 2) String schoolRegime) {}
