package org.trio.insertion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trio.contract.ContractInfo;
import org.trio.contract.EnrolmentInfo;
import org.trio.insertion.EmploymentContract;
import org.trio.insertion.Situation;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorValue;

class PublishedRatesTests {

    static final LocalDate EXIT = LocalDate.of(2024, 6, 30);

    @Test
    void computesTheInsertionRatesOfAKnownCohort() {
        // 10 leavers: 2 re-enrolled in Trio, 1 recorded in further studies, 5 employed at 6 months (3 in a CDI, 4
        // in a job matching the diploma), 1 job seeker, 1 without any recorded situation.
        List<Leavers.Leaver> leavers = new ArrayList<>();
        for (long i = 1; i <= 10; i++) {
            leavers.add(new Leavers.Leaver(i, 100 + i, 7, 1, 2023, EXIT, i <= 8 ? Boolean.TRUE : Boolean.FALSE));
        }
        Map<Long, List<PublishedRates.Outcome>> outcomes = new HashMap<>();
        outcomes.put(3L, List.of(outcome(6, Situation.FURTHER_STUDIES, null, null, null)));
        outcomes.put(
                4L,
                List.of(
                        outcome(6, Situation.EMPLOYED, EmploymentContract.PERMANENT, true, 1),
                        outcome(12, Situation.EMPLOYED, EmploymentContract.PERMANENT, true, null)));
        outcomes.put(
                5L,
                List.of(
                        outcome(6, Situation.EMPLOYED, EmploymentContract.PERMANENT, true, 3),
                        outcome(12, Situation.JOB_SEEKER, null, null, null)));
        outcomes.put(6L, List.of(outcome(6, Situation.EMPLOYED, EmploymentContract.CIVIL_SERVICE, true, 0)));
        outcomes.put(7L, List.of(outcome(6, Situation.EMPLOYED, EmploymentContract.FIXED_TERM, true, 2)));
        outcomes.put(8L, List.of(outcome(6, Situation.EMPLOYED, EmploymentContract.TEMPORARY, false, null)));
        outcomes.put(9L, List.of(outcome(6, Situation.JOB_SEEKER, null, null, null)));

        Map<String, IndicatorValue> values = PublishedRates.outcomes(leavers, Set.of(101L, 102L), outcomes).stream()
                .collect(Collectors.toMap(IndicatorValue::key, v -> v));

        assertRate(values, IndicatorKeys.OBTENTION, 8, 10);
        assertRate(values, IndicatorKeys.FAILURE, 2, 10);
        assertRate(values, IndicatorKeys.FURTHER_STUDIES, 3, 10);
        assertRate(values, IndicatorKeys.EMPLOYMENT_6, 5, 6);
        assertRate(values, IndicatorKeys.EMPLOYMENT_12, 1, 2);
        assertRate(values, IndicatorKeys.EMPLOYMENT_18, 0, 0);
        assertRate(values, IndicatorKeys.FAVOURABLE, 8, 9);
        assertRate(values, IndicatorKeys.JOB_SEARCH_MONTHS, 6, 4);
        assertRate(values, IndicatorKeys.JOB_MATCHES_DIPLOMA, 4, 5);
        assertRate(values, IndicatorKeys.PERMANENT_CONTRACT, 3, 5);
    }

    @Test
    void computesRupturesOfTheContractsStartedInTheYearAndInterruptions() {
        LocalDate yearStart = LocalDate.of(2024, 8, 1);
        LocalDate reference = LocalDate.of(2025, 7, 31);
        List<EnrolmentInfo> enrolled = List.of(enrolment(1, 11), enrolment(2, 12), enrolment(3, 13), enrolment(4, 14));
        Map<Long, List<ContractInfo>> contracts = new HashMap<>();
        // apprentice 11: one contract, never broken
        contracts.put(11L, List.of(contract(11, LocalDate.of(2024, 9, 2), null)));
        // apprentice 12: broken in October, a new employer in December (not an interruption)
        contracts.put(
                12L,
                List.of(
                        contract(12, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 15)),
                        contract(12, LocalDate.of(2024, 12, 1), null)));
        // apprentice 13: broken in November, no new contract within 180 days: an abandon
        contracts.put(13L, List.of(contract(13, LocalDate.of(2024, 9, 9), LocalDate.of(2024, 11, 4))));
        // apprentice 14: a contract signed the year before, still running
        contracts.put(14L, List.of(contract(14, LocalDate.of(2023, 9, 4), null)));

        Map<String, IndicatorValue> values =
                PublishedRates.contracts(enrolled, contracts, yearStart, reference).stream()
                        .collect(Collectors.toMap(IndicatorValue::key, v -> v));

        assertRate(values, IndicatorKeys.RUPTURE, 2, 4);
        assertRate(values, IndicatorKeys.INTERRUPTION, 1, 4);
    }

    @Test
    void leavesAnAdministrativeClosureOutOfTheRuptureRate() {
        LocalDate yearStart = LocalDate.of(2024, 8, 1);
        LocalDate reference = LocalDate.of(2025, 7, 31);
        ContractInfo keyedTwice = contract(15, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 20));
        ContractInfo corrected = new ContractInfo(
                keyedTwice.id(),
                keyedTwice.enrolmentId(),
                keyedTwice.apprenticeId(),
                keyedTwice.employerId(),
                keyedTwice.mentor1Id(),
                keyedTwice.mentor2Id(),
                keyedTwice.contractType(),
                keyedTwice.conclusionDate(),
                keyedTwice.startDate(),
                keyedTwice.practicalTrainingStart(),
                keyedTwice.endDate(),
                keyedTwice.ruptureDate(),
                true);
        Map<Long, List<ContractInfo>> contracts =
                Map.of(15L, List.of(corrected, contract(15, LocalDate.of(2024, 10, 1), null)));

        Map<String, IndicatorValue> values =
                PublishedRates.contracts(List.of(enrolment(5, 15)), contracts, yearStart, reference).stream()
                        .collect(Collectors.toMap(IndicatorValue::key, v -> v));

        assertRate(values, IndicatorKeys.RUPTURE, 0, 2);
    }

    @Test
    void computesNoContractRateWhenTrioHoldsNoContract() {
        assertThat(PublishedRates.contracts(
                        List.of(enrolment(1, 11)), Map.of(), LocalDate.of(2024, 8, 1), LocalDate.of(2025, 7, 31)))
                .isEmpty();
    }

    private static void assertRate(Map<String, IndicatorValue> values, String key, double numerator, long people) {
        assertThat(values.get(key).numerator()).as(key).isEqualTo(numerator);
        assertThat(values.get(key).denominator()).as(key).isEqualTo(people);
    }

    private static PublishedRates.Outcome outcome(
            int horizon, Situation situation, EmploymentContract contract, Boolean matches, Integer months) {
        return new PublishedRates.Outcome(horizon, situation, contract, matches, months);
    }

    private static EnrolmentInfo enrolment(long id, long apprentice) {
        return new EnrolmentInfo(
                id,
                apprentice,
                7,
                null,
                1,
                1,
                null,
                2024,
                1,
                LocalDate.of(2024, 8, 20),
                LocalDate.of(2024, 9, 2),
                LocalDate.of(2026, 6, 30),
                24,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static ContractInfo contract(long apprentice, LocalDate start, LocalDate rupture) {
        return new ContractInfo(
                apprentice * 10 + start.getMonthValue(),
                1,
                apprentice,
                5,
                6L,
                null,
                "11",
                start.minusDays(10),
                start,
                start,
                start.plusYears(2),
                rupture,
                false);
    }
}
