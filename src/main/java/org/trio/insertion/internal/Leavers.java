package org.trio.insertion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * The enrolments of a CFA's cohorts in a school year, read through the referential and contract facades, and among them
 * the leavers: apprentices in the final year of their programme (the InserJeunes population).
 */
@Component
class Leavers {

    /** A final-year apprentice and the day they left training (end of training, or exclusion). */
    record Leaver(
            long enrolmentId,
            long apprenticeId,
            long programmeId,
            long cfaId,
            int schoolYear,
            LocalDate exitDate,
            @Nullable Boolean diplomaObtained) {}

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;

    Leavers(ReferentialManagement referential, EnrolmentManagement enrolments) {
        this.referential = referential;
        this.enrolments = enrolments;
    }

    /** Every enrolment of the CFA (and programme, if given) in the school year. */
    List<EnrolmentInfo> enrolled(long cfaId, @Nullable Long programmeId, int schoolYear) {
        List<EnrolmentInfo> all = new ArrayList<>();
        for (SiteInfo site : referential.sitesOfCfa(cfaId)) {
            for (CohortInfo cohort : referential.cohortsOfSite(site.id(), schoolYear)) {
                if (programmeId == null || cohort.programmeId() == programmeId) {
                    all.addAll(enrolments.enrolmentsOfCohort(cohort.id()));
                }
            }
        }
        return all;
    }

    List<Leaver> of(long cfaId, @Nullable Long programmeId, int schoolYear) {
        return enrolled(cfaId, programmeId, schoolYear).stream()
                .filter(Leavers::finalYear)
                .map(Leavers::leaver)
                .toList();
    }

    Optional<Leaver> leaver(long enrolmentId) {
        return enrolments.enrolment(enrolmentId).filter(Leavers::finalYear).map(Leavers::leaver);
    }

    static boolean finalYear(EnrolmentInfo enrolment) {
        return enrolment.programmeYear() * 12 >= enrolment.theoreticalDurationMonths();
    }

    private static Leaver leaver(EnrolmentInfo enrolment) {
        LocalDate exit =
                enrolment.exclusionDate() != null && enrolment.exclusionDate().isBefore(enrolment.trainingEnd())
                        ? enrolment.exclusionDate()
                        : enrolment.trainingEnd();
        return new Leaver(
                enrolment.id(),
                enrolment.apprenticeId(),
                enrolment.programmeId(),
                enrolment.cfaId(),
                enrolment.schoolYear(),
                exit,
                enrolment.diplomaObtained());
    }
}
