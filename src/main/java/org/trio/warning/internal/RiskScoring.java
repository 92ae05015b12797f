package org.trio.warning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.trio.referential.DiplomaType;
import org.trio.warning.SignalCategory;

/**
 * The risk score: the sum of the weights of the factors present, each shown with its weight so that a person sees why.
 * Pure functions: the facts of an apprentice on a day in, the factors and the score out.
 */
final class RiskScoring {

    /** SIFA code DIP_OBT "01": no diploma. */
    static final String NO_DIPLOMA = "01";

    private RiskScoring() {}

    /**
     * What is known of an apprentice on a day.
     *
     * @param contractStart the start of the contract in force that day, if any
     * @param recentSignals categories of the signals observed within the window before the day
     */
    record Facts(
            DiplomaType diplomaType,
            int programmeYear,
            @Nullable String highestDiplomaHeld,
            @Nullable LocalDate contractStart,
            Set<SignalCategory> recentSignals) {}

    /** One factor present, with its weight. */
    record Contribution(RiskFactor factor, int weight) {}

    /** A score and the factors that make it. */
    record Score(int total, int socialPoints, List<Contribution> contributions) {

        /** The score a role sees: without the social factor when it may not read social data. */
        public int visibleTotal(boolean mayReadSocial) {
            return mayReadSocial ? total : total - socialPoints;
        }

        public Set<RiskFactor> factors() {
            Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
            contributions.forEach(contribution -> factors.add(contribution.factor()));
            return factors;
        }
    }

    static Set<RiskFactor> factors(Facts facts, LocalDate day) {
        Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
        if (facts.diplomaType() == DiplomaType.CAP && facts.programmeYear() == 1) {
            factors.add(RiskFactor.FIRST_YEAR_CAP);
        }
        if (NO_DIPLOMA.equals(facts.highestDiplomaHeld())) {
            factors.add(RiskFactor.NO_PRIOR_DIPLOMA);
        }
        LocalDate start = facts.contractStart();
        if (start != null && !day.isBefore(start) && day.isBefore(start.plusMonths(2))) {
            factors.add(RiskFactor.CONTRACT_FIRST_TWO_MONTHS);
        }
        for (SignalCategory category : facts.recentSignals()) {
            RiskFactor.ofSignal(category).ifPresent(factors::add);
        }
        return factors;
    }

    static Score score(Collection<RiskFactor> factors, RiskWeights weights) {
        List<Contribution> contributions = new ArrayList<>();
        int total = 0;
        int social = 0;
        for (RiskFactor factor : RiskFactor.values()) {
            if (factors.contains(factor)) {
                int weight = weights.of(factor);
                contributions.add(new Contribution(factor, weight));
                total += weight;
                if (factor.isSocial()) {
                    social += weight;
                }
            }
        }
        return new Score(total, social, contributions);
    }

    static Score score(Facts facts, LocalDate day, RiskWeights weights) {
        return score(factors(facts, day), weights);
    }

    /** The factors as stored: their names separated by commas, in the enum's order. */
    static String encode(Collection<RiskFactor> factors) {
        return String.join(
                ",",
                EnumSet.copyOf(factors.isEmpty() ? EnumSet.noneOf(RiskFactor.class) : factors).stream()
                        .map(Enum::name)
                        .toList());
    }

    static Set<RiskFactor> decode(String text) {
        Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
        if (text != null && !text.isBlank()) {
            for (String name : text.split(",")) {
                factors.add(RiskFactor.valueOf(name.strip()));
            }
        }
        return factors;
    }
}
