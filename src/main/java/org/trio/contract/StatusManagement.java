package org.trio.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Each apprentice's status on every day (national dashboard rules), for other modules. */
public interface StatusManagement {

    /**
     * The status of the apprentice on that day, from the enrolments of the school year containing it; when the
     * apprentice follows several programmes that year, the most favourable status (apprentice first).
     */
    Optional<StatusOnDay> statusOn(long apprenticeId, LocalDate day);

    /** The statuses of several apprentices on that day (apprentices without enrolment that year are left out). */
    Map<Long, StatusOnDay> statusesOn(Collection<Long> apprenticeIds, LocalDate day);

    /**
     * The status each enrolment gives its apprentice on that day, by enrolment id (an apprentice enrolled at two CFAs
     * the same year is counted by each for its own enrolment; enrolments of another school year are left out).
     */
    Map<Long, StatusOnDay> enrolmentStatusesOn(Collection<Long> enrolmentIds, LocalDate day);
}
