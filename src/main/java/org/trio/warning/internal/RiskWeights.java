package org.trio.warning.internal;

import java.util.EnumMap;
import java.util.Map;

/** The points each risk factor adds to the score, as in force on a day. */
record RiskWeights(Map<RiskFactor, Integer> points) {

    RiskWeights {
        EnumMap<RiskFactor, Integer> copy = new EnumMap<>(RiskFactor.class);
        for (RiskFactor factor : RiskFactor.values()) {
            copy.put(factor, points.getOrDefault(factor, 0));
        }
        points = copy;
    }

    public int of(RiskFactor factor) {
        return points.get(factor);
    }

    /** The highest score these weights can give. */
    public int maximum() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }
}
