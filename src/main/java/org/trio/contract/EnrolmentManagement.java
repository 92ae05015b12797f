package org.trio.contract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Enrolments of apprentices in programmes. */
public interface EnrolmentManagement {

    /** Enrols an apprentice; checks the programme, cohort, CFA and dates; publishes {@link ApprenticeEnrolled}. */
    long enrol(NewEnrolment command);

    Optional<EnrolmentInfo> enrolment(long enrolmentId);

    List<EnrolmentInfo> enrolmentsOf(long apprenticeId);

    /** The apprentices enrolled in a cohort (excluded ones included; callers filter on status as they need). */
    List<EnrolmentInfo> enrolmentsOfCohort(long cohortId);

    List<EnrolmentInfo> enrolments(Collection<Long> enrolmentIds);
}
