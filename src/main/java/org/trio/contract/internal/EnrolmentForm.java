package org.trio.contract.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** The enrolment form (national upload format and SIFA fields). */
record EnrolmentForm(
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
        String previousSituation,

        @ValidIdentifier(value = IdentifierKind.UAI, label = "enrolmentForm.previousUai")
        String previousUai,

        String situationBeforeContract,
        String highestDiplomaHeld) {}
