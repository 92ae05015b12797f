package org.trio.insertion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.trio.contract.ContractInfo;
import org.trio.contract.EnrolmentInfo;
import org.trio.insertion.EmploymentContract;
import org.trio.insertion.Situation;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorValue;

/**
 * The published indicators (Code du travail L6111-8, InserJeunes definitions) computed from Trio's own records, as
 * numerators over numbers of people; the quality module applies the rule of 20 and the pooling of two cohorts.
 *
 * <ul>
 *   <li>obtention (failure) = final-year apprentices who obtained (failed) the diploma ÷ those whose result is known;
 *   <li>further studies = final-year apprentices enrolled in a training at the next rentrée (in Trio, or recorded as
 *       "poursuite d'études" at 6 months) ÷ final-year apprentices;
 *   <li>employment at X months = leavers not continuing their studies who are employed X months after leaving ÷ those of
 *       them whose situation at X months is known;
 *   <li>favourable outcome = (continuing + employed at 6 months) ÷ final-year apprentices whose outcome is known;
 *   <li>job-search duration, job matching the diploma, lasting contract: among those employed at 6 months;
 *   <li>rupture = contracts started during the school year that were broken ÷ contracts started during the year; a
 *       rupture the CFA's rupture-nette rule treats as an administrative closure (data correction, transfer within the
 *       network, replacement by an amendment) is not counted, as in the rupture analysis;
 *   <li>interruption = apprentices enrolled during the year who left it: excluded, or without a contract for more than
 *       180 days after a rupture (90 days when they never had one), before the end of their training (national
 *       dashboard's "abandon") ÷ apprentices enrolled.
 * </ul>
 *
 * <p>When Trio holds no contract at all for the apprentices of the scope (e.g. promotions registered before the
 * contracts were), the rupture and interruption rates are not computed rather than shown as 100 % of abandons.
 */
final class PublishedRates {

    static final String SOURCE = "Devenir des apprentis";
    static final String CONTRACT_SOURCE = "Inscriptions et contrats";

    /** A recorded situation, reduced to what the rates need. */
    record Outcome(
            int horizonMonths,
            Situation situation,
            @Nullable EmploymentContract contract,
            @Nullable Boolean matchesDiploma,
            @Nullable Integer searchMonths) {}

    private PublishedRates() {}

    /**
     * @param leavers the final-year apprentices of the cohort
     * @param reEnrolled apprentices enrolled in a training of Trio at the next rentrée
     * @param outcomes the situations recorded for each leaver's enrolment
     */
    static List<IndicatorValue> outcomes(
            Collection<Leavers.Leaver> leavers, Set<Long> reEnrolled, Map<Long, List<Outcome>> outcomes) {
        long headcount = leavers.size();
        long obtained = 0;
        long failed = 0;
        long continuing = 0;
        long known6 = 0;
        long employed6 = 0;
        long searchSum = 0;
        long searchKnown = 0;
        long matches = 0;
        long matchesKnown = 0;
        long lasting = 0;
        long[] employedAt = new long[4];
        long[] knownAt = new long[4];
        for (Leavers.Leaver leaver : leavers) {
            if (Boolean.TRUE.equals(leaver.diplomaObtained())) {
                obtained++;
            } else if (Boolean.FALSE.equals(leaver.diplomaObtained())) {
                failed++;
            }
            List<Outcome> recorded = outcomes.getOrDefault(leaver.enrolmentId(), List.of());
            Outcome at6 = at(recorded, 6);
            boolean studies = reEnrolled.contains(leaver.apprenticeId())
                    || (at6 != null && at6.situation() == Situation.FURTHER_STUDIES);
            if (studies) {
                continuing++;
                known6++;
                continue;
            }
            for (int i = 0; i < 4; i++) {
                Outcome outcome = at(recorded, 6 * (i + 1));
                if (outcome != null) {
                    knownAt[i]++;
                    if (outcome.situation() == Situation.EMPLOYED) {
                        employedAt[i]++;
                    }
                }
            }
            if (at6 != null) {
                known6++;
                if (at6.situation() == Situation.EMPLOYED) {
                    employed6++;
                    if (at6.searchMonths() != null) {
                        searchSum += at6.searchMonths();
                        searchKnown++;
                    }
                    if (at6.matchesDiploma() != null) {
                        matchesKnown++;
                        matches += at6.matchesDiploma() ? 1 : 0;
                    }
                    if (at6.contract() != null && at6.contract().lasting()) {
                        lasting++;
                    }
                }
            }
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(new IndicatorValue(IndicatorKeys.OBTENTION, obtained, obtained + failed, CONTRACT_SOURCE));
        values.add(new IndicatorValue(IndicatorKeys.FAILURE, failed, obtained + failed, CONTRACT_SOURCE));
        values.add(new IndicatorValue(IndicatorKeys.FURTHER_STUDIES, continuing, headcount, SOURCE));
        String[] keys = {
            IndicatorKeys.EMPLOYMENT_6,
            IndicatorKeys.EMPLOYMENT_12,
            IndicatorKeys.EMPLOYMENT_18,
            IndicatorKeys.EMPLOYMENT_24
        };
        for (int i = 0; i < 4; i++) {
            values.add(new IndicatorValue(keys[i], employedAt[i], knownAt[i], SOURCE));
        }
        values.add(new IndicatorValue(IndicatorKeys.FAVOURABLE, continuing + employed6, known6, SOURCE));
        values.add(new IndicatorValue(IndicatorKeys.JOB_SEARCH_MONTHS, searchSum, searchKnown, SOURCE));
        values.add(new IndicatorValue(IndicatorKeys.JOB_MATCHES_DIPLOMA, matches, matchesKnown, SOURCE));
        values.add(new IndicatorValue(IndicatorKeys.PERMANENT_CONTRACT, lasting, employed6, SOURCE));
        return values;
    }

    /**
     * @param enrolled the enrolments of the school year
     * @param contracts every contract of the enrolled apprentices, by apprentice
     * @param yearStart first day of the school year
     * @param reference the day the figures are computed for (at most the end of the school year)
     */
    static List<IndicatorValue> contracts(
            List<EnrolmentInfo> enrolled,
            Map<Long, List<ContractInfo>> contracts,
            LocalDate yearStart,
            LocalDate reference) {
        long concluded = 0;
        long broken = 0;
        Set<Long> seen = new java.util.HashSet<>();
        for (EnrolmentInfo enrolment : enrolled) {
            if (!seen.add(enrolment.apprenticeId())) {
                continue;
            }
            for (ContractInfo contract : contracts.getOrDefault(enrolment.apprenticeId(), List.of())) {
                if (!contract.startDate().isBefore(yearStart)
                        && !contract.startDate().isAfter(reference)) {
                    concluded++;
                    if (contract.brokenBy(reference)) {
                        broken++;
                    }
                }
            }
        }
        if (contracts.values().stream().allMatch(List::isEmpty)) {
            return List.of();
        }
        Set<Long> people = new java.util.HashSet<>();
        Set<Long> interruptedPeople = new java.util.HashSet<>();
        for (EnrolmentInfo enrolment : enrolled) {
            people.add(enrolment.apprenticeId());
            if (interrupted(
                    enrolment, contracts.getOrDefault(enrolment.apprenticeId(), List.of()), yearStart, reference)) {
                interruptedPeople.add(enrolment.apprenticeId());
            }
        }
        return List.of(
                new IndicatorValue(IndicatorKeys.RUPTURE, broken, concluded, CONTRACT_SOURCE),
                new IndicatorValue(
                        IndicatorKeys.INTERRUPTION, interruptedPeople.size(), people.size(), CONTRACT_SOURCE));
    }

    static boolean interrupted(
            EnrolmentInfo enrolment, List<ContractInfo> contracts, LocalDate yearStart, LocalDate reference) {
        LocalDate until = reference.isBefore(enrolment.trainingEnd()) ? reference : enrolment.trainingEnd();
        if (enrolment.exclusionDate() != null
                && !enrolment.exclusionDate().isBefore(yearStart)
                && !enrolment.exclusionDate().isAfter(until)) {
            return true;
        }
        List<ContractInfo> started = contracts.stream()
                .filter(contract -> !contract.startDate().isAfter(until))
                .sorted(java.util.Comparator.comparing(ContractInfo::startDate))
                .toList();
        if (started.isEmpty()) {
            return enrolment.trainingStart().plusDays(90).isBefore(until);
        }
        for (ContractInfo contract : started) {
            LocalDate rupture = contract.ruptureDate();
            if (rupture == null || rupture.isAfter(until)) {
                continue;
            }
            LocalDate limit = rupture.plusDays(180);
            boolean replaced = started.stream()
                    .anyMatch(next -> next != contract
                            && !next.startDate().isBefore(rupture)
                            && !next.startDate().isAfter(limit));
            if (!replaced && limit.isBefore(until) && !limit.isBefore(yearStart)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Outcome at(List<Outcome> outcomes, int horizon) {
        return outcomes.stream()
                .filter(o -> o.horizonMonths() == horizon)
                .findFirst()
                .orElse(null);
    }
}
