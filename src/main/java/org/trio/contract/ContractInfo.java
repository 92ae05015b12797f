package org.trio.contract;

import java.time.LocalDate;

/**
 * An apprenticeship contract as other modules see it: who (apprentice, employer, maîtres), when (conclusion, start,
 * start of practical training in the company, planned end) and, when broken, the rupture date.
 */
public record ContractInfo(
        long id,
        long enrolmentId,
        long apprenticeId,
        long employerId,
        long mentor1Id,
        Long mentor2Id,
        String contractType,
        LocalDate conclusionDate,
        LocalDate startDate,
        LocalDate practicalTrainingStart,
        LocalDate endDate,
        LocalDate ruptureDate) {

    /** Whether the contract binds the parties on this day (the day of the rupture is no longer covered). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate) && (ruptureDate == null || day.isBefore(ruptureDate));
    }

    /** The last day covered by the contract: its end, or the day before its rupture. */
    public LocalDate lastDay() {
        return ruptureDate == null ? endDate : ruptureDate.minusDays(1);
    }
}
