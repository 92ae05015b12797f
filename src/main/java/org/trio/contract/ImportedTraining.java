package org.trio.contract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One training as the national dashboard's upload file states it, once its identifiers are resolved: the apprentice's
 * enrolment at a CFA for a school year, and its contracts in order (up to four), each maybe broken.
 *
 * @param previousUai the UAI of last year's establishment or a department number (SIFA ETAB_N_1)
 * @param distanceLearning true when the training is entirely at a distance (formation_presentielle = NON)
 */
public record ImportedTraining(
        long apprenticeId,
        long programmeId,
        long cfaId,
        @Nullable Long siteId,
        int schoolYear,
        int programmeYear,
        LocalDate registrationDate,
        LocalDate trainingStart,
        LocalDate trainingEnd,
        int theoreticalDurationMonths,
        boolean distanceLearning,
        @Nullable String previousSituation,
        @Nullable String previousUai,
        @Nullable LocalDate exclusionDate,
        @Nullable String exclusionCause,
        @Nullable Boolean diplomaObtained,
        @Nullable LocalDate diplomaDate,
        List<Contract> contracts) {

    public ImportedTraining {
        contracts = List.copyOf(contracts);
    }

    /**
     * A contract of the file.
     *
     * @param cause the rupture cause as written in the file (free text), kept as it is
     * @param expressedMotiveId the expressed motive the cause was mapped to, or null when nobody mapped it yet
     */
    public record Contract(
            long employerId,
            LocalDate startDate,
            LocalDate endDate,
            @Nullable LocalDate ruptureDate,
            @Nullable String cause,
            @Nullable Long expressedMotiveId) {}
}
