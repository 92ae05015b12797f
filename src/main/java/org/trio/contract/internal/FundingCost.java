package org.trio.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.trio.contract.RuptureLegalMode;

/**
 * The funding a broken contract loses (lifecycle.md §5): the NPEC of the certification for the contract time not done,
 * under the rule in force at the contract start — every started month due before 2025-07-01, a daily prorata from then
 * on —, with the distance-learning reduction (−20 %, floor 4,000 €) and, for levels 6 and 7 under the newer rule, the
 * employer contribution.
 */
final class FundingCost {

    enum Proration {
        STARTED_MONTH,
        DAILY
    }

    /** One dated row of {@code contract.funding_rule}. */
    record Rule(
            LocalDate validFrom,
            LocalDate validTo,
            Proration proration,
            String instalments,
            int distanceThresholdPercent,
            int distanceReductionPercent,
            BigDecimal distanceFloor,
            String contributionLevels,
            BigDecimal contribution,
            BigDecimal contributionNewEmployer,
            Integer trialContributionPercent) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        boolean contributionApplies(int level) {
            return contributionLevels != null
                    && Arrays.asList(contributionLevels.split(",")).contains(Integer.toString(level));
        }
    }

    /** A broken contract as the cost needs it. */
    record Facts(
            BigDecimal annualNpec,
            boolean distanceLearning,
            int level,
            LocalDate start,
            LocalDate plannedEnd,
            LocalDate rupture,
            RuptureLegalMode mode,
            boolean newEmployerAfterRupture) {}

    /**
     * @param npec the yearly NPEC after the distance reduction
     * @param planned funding of the whole planned contract
     * @param due funding of the time done
     * @param lost {@code planned − due}
     * @param employerContribution the employer's contribution due (levels 6–7), zero otherwise
     */
    record Cost(
            BigDecimal npec, BigDecimal planned, BigDecimal due, BigDecimal lost, BigDecimal employerContribution) {}

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FundingCost() {}

    static Rule ruleOn(List<Rule> rules, LocalDate contractStart) {
        return rules.stream()
                .filter(rule -> rule.appliesOn(contractStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Aucune règle de financement au " + contractStart));
    }

    static Cost compute(Rule rule, Facts facts) {
        BigDecimal npec = effectiveNpec(rule, facts.annualNpec(), facts.distanceLearning());
        BigDecimal planned;
        BigDecimal due;
        if (rule.proration() == Proration.STARTED_MONTH) {
            planned = npec.multiply(BigDecimal.valueOf(
                            startedMonths(facts.start(), facts.plannedEnd().plusDays(1))))
                    .divide(TWELVE, 2, RoundingMode.HALF_UP);
            due = npec.multiply(BigDecimal.valueOf(startedMonths(facts.start(), facts.rupture())))
                    .divide(TWELVE, 2, RoundingMode.HALF_UP);
        } else {
            planned = npec.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(facts.start(), facts.plannedEnd()) + 1))
                    .divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
            due = npec.multiply(
                            BigDecimal.valueOf(Math.max(0, ChronoUnit.DAYS.between(facts.start(), facts.rupture()))))
                    .divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
        }
        if (due.compareTo(planned) > 0) {
            due = planned;
        }
        return new Cost(npec, planned, due, planned.subtract(due), contribution(rule, facts, due));
    }

    /** The NPEC after the distance-learning reduction, which never takes it below the floor. */
    static BigDecimal effectiveNpec(Rule rule, BigDecimal annual, boolean distanceLearning) {
        if (!distanceLearning) {
            return annual;
        }
        BigDecimal reduced = annual.multiply(HUNDRED.subtract(BigDecimal.valueOf(rule.distanceReductionPercent())))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return reduced.max(annual.min(rule.distanceFloor()));
    }

    /** Months started in [from, toExclusive): a month begun is a month due. */
    static long startedMonths(LocalDate from, LocalDate toExclusive) {
        if (!toExclusive.isAfter(from)) {
            return 0;
        }
        long whole = ChronoUnit.MONTHS.between(from, toExclusive);
        return from.plusMonths(whole).isBefore(toExclusive) ? whole + 1 : whole;
    }

    private static BigDecimal contribution(Rule rule, Facts facts, BigDecimal due) {
        if (!rule.contributionApplies(facts.level()) || rule.contribution() == null) {
            return BigDecimal.ZERO;
        }
        if (facts.newEmployerAfterRupture() && rule.contributionNewEmployer() != null) {
            return rule.contributionNewEmployer();
        }
        if (facts.mode() == RuptureLegalMode.TRIAL_PERIOD && rule.trialContributionPercent() != null) {
            BigDecimal share = due.multiply(BigDecimal.valueOf(rule.trialContributionPercent()))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            return share.min(rule.contribution());
        }
        return rule.contribution();
    }
}
