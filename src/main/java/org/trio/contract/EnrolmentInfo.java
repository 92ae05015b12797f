package org.trio.contract;

import java.time.LocalDate;

/** An enrolment as other modules see it. */
public record EnrolmentInfo(
        long id,
        long apprenticeId,
        long programmeId,
        Long cohortId,
        long networkId,
        long cfaId,
        Long siteId,
        int schoolYear,
        int programmeYear,
        LocalDate registrationDate,
        LocalDate trainingStart,
        LocalDate trainingEnd,
        int theoreticalDurationMonths,
        boolean distanceLearning,
        Long tutorStaffId,
        String previousSituation,
        String previousUai,
        String situationBeforeContract,
        String highestDiplomaHeld,
        String schoolRegime,
        LocalDate exclusionDate,
        String exclusionCause,
        Boolean diplomaObtained,
        LocalDate diplomaDate) {}
