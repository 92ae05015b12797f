package org.trio.warning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How well the score would have picked out the ruptures of a past year. Each observation is an apprentice under
 * contract at the start of a month, with the score computed on their situation that day and whether the contract was
 * broken during the month. Observations are ranked by score; equal scores share the places they occupy, so that ties
 * never depend on the order of the rows. Pure functions.
 */
final class Calibration {

    static final int DECILES = 10;

    private Calibration() {}

    /**
     * Apprentice-months alike: the score, the factors present, whether a rupture followed within the month, and how
     * many apprentice-months share these (observations are aggregated, so a network of any size fits in memory).
     */
    record Observation(int score, int factorMask, boolean ruptured, int count) {

        Observation(int score, int factorMask, boolean ruptured) {
            this(score, factorMask, ruptured, 1);
        }
    }

    /** A tenth of the ranking (1 = the highest scores), with its share of observations and ruptures. */
    record Decile(
            int decile,
            double observations,
            double ruptures,
            @Nullable Double lift,
            @Nullable Double cumulativeCaptured) {}

    /** The observed rupture rate with and without one factor. */
    record FactorRate(RiskFactor factor, int with, int rupturesWith, int without, int rupturesWithout) {

        @Nullable
        public Double rateWith() {
            return with == 0 ? null : (double) rupturesWith / with;
        }

        @Nullable
        public Double rateWithout() {
            return without == 0 ? null : (double) rupturesWithout / without;
        }
    }

    record Result(
            int observations,
            int ruptures,
            double topFraction,
            @Nullable Double capturedShare,
            List<Decile> deciles,
            Map<RiskFactor, FactorRate> factors) {}

    static int mask(Iterable<RiskFactor> factors) {
        int mask = 0;
        for (RiskFactor factor : factors) {
            mask |= 1 << factor.ordinal();
        }
        return mask;
    }

    static Result compute(List<Observation> observations, double topFraction) {
        int total = observations.stream().mapToInt(Observation::count).sum();
        int ruptures = observations.stream()
                .filter(Observation::ruptured)
                .mapToInt(Observation::count)
                .sum();
        TreeMap<Integer, int[]> groups = new TreeMap<>(Comparator.reverseOrder());
        for (Observation observation : observations) {
            int[] group = groups.computeIfAbsent(observation.score(), score -> new int[2]);
            group[0] += observation.count();
            if (observation.ruptured()) {
                group[1] += observation.count();
            }
        }
        double[] decileObservations = new double[DECILES];
        double[] decileRuptures = new double[DECILES];
        double captured = 0;
        double position = 0;
        double topLimit = topFraction * total;
        for (int[] group : groups.values()) {
            double start = position;
            double end = position + group[0];
            double rupturesPerPlace = (double) group[1] / group[0];
            captured += overlap(start, end, 0, topLimit) * rupturesPerPlace;
            for (int d = 0; d < DECILES; d++) {
                double share = overlap(start, end, (double) d * total / DECILES, (double) (d + 1) * total / DECILES);
                decileObservations[d] += share;
                decileRuptures[d] += share * rupturesPerPlace;
            }
            position = end;
        }
        List<Decile> deciles = new ArrayList<>();
        double overallRate = total == 0 ? 0 : (double) ruptures / total;
        double cumulative = 0;
        for (int d = 0; d < DECILES; d++) {
            cumulative += decileRuptures[d];
            Double lift = overallRate == 0 || decileObservations[d] == 0
                    ? null
                    : decileRuptures[d] / decileObservations[d] / overallRate;
            deciles.add(new Decile(
                    d + 1,
                    decileObservations[d],
                    decileRuptures[d],
                    lift,
                    ruptures == 0 ? null : cumulative / ruptures));
        }
        return new Result(
                total,
                ruptures,
                topFraction,
                ruptures == 0 ? null : captured / ruptures,
                deciles,
                factorRates(observations));
    }

    private static Map<RiskFactor, FactorRate> factorRates(List<Observation> observations) {
        Map<RiskFactor, FactorRate> rates = new EnumMap<>(RiskFactor.class);
        for (RiskFactor factor : RiskFactor.values()) {
            int bit = 1 << factor.ordinal();
            int with = 0;
            int rupturesWith = 0;
            int without = 0;
            int rupturesWithout = 0;
            for (Observation observation : observations) {
                int count = observation.count();
                if ((observation.factorMask() & bit) != 0) {
                    with += count;
                    rupturesWith += observation.ruptured() ? count : 0;
                } else {
                    without += count;
                    rupturesWithout += observation.ruptured() ? count : 0;
                }
            }
            rates.put(factor, new FactorRate(factor, with, rupturesWith, without, rupturesWithout));
        }
        return rates;
    }

    private static double overlap(double start, double end, double from, double to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
