package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.trio.referential.DiplomaType;

/**
 * How ruptures are distributed in the demo network, like the seed's 2021-2022 figures: their probability by diploma
 * type (two thirds of the ruptures on CAP), their month in the school year, and the motives expressed and validated.
 */
final class DemoRuptures {

    /** Ruptures per month from August to the next August (seed "Chronologie des ruptures nettes"). */
    static final int[] MONTH_WEIGHTS = {16, 36, 41, 43, 28, 21, 15, 22, 13, 16, 34, 25, 6};

    /** Seed counts of the 18 expressed motives, in the order of the shipped list. */
    static final int[] EXPRESSED_WEIGHTS = {82, 78, 52, 29, 28, 10, 7, 7, 5, 4, 3, 3, 3, 3, 2, 2, 2, 1};

    /** Seed counts of the 9 validated motives, in the order of the shipped list. */
    static final int[] VALIDATED_WEIGHTS = {149, 73, 49, 21, 13, 9, 5, 5, 2};

    private DemoRuptures() {}

    /** Probability (per thousand) that an enrolment year ends with a rupture. */
    static int perThousand(DiplomaType type) {
        return switch (type) {
            case CAP -> 150;
            case BAC_PRO, BP -> 85;
            case MC, TP -> 90;
            case BTS -> 45;
            default -> 15;
        };
    }

    static int pick(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * A rupture date in school year {@code year}: a month drawn from the seed's chronology (the August after the year
     * only for a final year), a day of that month.
     */
    static LocalDate date(int year, boolean finalYear, SplittableRandom random) {
        int month = pick(MONTH_WEIGHTS, random);
        if (month == 12 && !finalYear) {
            month = 11;
        }
        LocalDate first = LocalDate.of(year, 8, 1).plusMonths(month);
        return first.plusDays(random.nextInt(first.lengthOfMonth()));
    }
}
