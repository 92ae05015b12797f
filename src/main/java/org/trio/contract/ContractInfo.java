package org.trio.contract;

import java.time.LocalDate;

/**
 * An apprenticeship contract as other modules see it: who (apprentice, employer, maîtres), when (conclusion, start,
 * start of practical training in the company, planned end) and, when broken, the rupture date. A rupture that the CFA's
 * rupture-nette rule treats as an administrative closure (a data correction, a transfer within the network, a contract
 * replaced by an amendment) is flagged: it ends the contract but is not counted as a rupture.
 */
public record ContractInfo(
        long id,
        long enrolmentId,
        long apprenticeId,
        long employerId,
        Long mentor1Id,
        Long mentor2Id,
        String contractType,
        LocalDate conclusionDate,
        LocalDate startDate,
        LocalDate practicalTrainingStart,
        LocalDate endDate,
        LocalDate ruptureDate,
        boolean administrativeClosure) {

    /** Whether the contract binds the parties on this day (the day of the rupture is no longer covered). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate) && (ruptureDate == null || day.isBefore(ruptureDate));
    }

    /** Whether the contract was broken on or before this day by a rupture that counts as one (not an administrative closure). */
    public boolean brokenBy(LocalDate day) {
        return ruptureDate != null && !ruptureDate.isAfter(day) && !administrativeClosure;
    }

    /** The last day covered by the contract: its end, or the day before its rupture. */
    public LocalDate lastDay() {
        return ruptureDate == null ? endDate : ruptureDate.minusDays(1);
    }
}
