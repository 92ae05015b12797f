package org.trio.quality.internal;

import org.jspecify.annotations.Nullable;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorResult.State;
import org.trio.quality.IndicatorValue;

/**
 * The publication rules of InserJeunes applied to every figure: a figure about fewer than {@code minimumPeople} people
 * is not computable; when allowed, the previous cohort is pooled with the current one to reach that number. An indicator
 * only InserJeunes computes is shown as such, whatever a module returned.
 */
final class IndicatorRules {

    static final String NATIONAL_SOURCE = "InserJeunes";

    private final int minimumPeople;

    IndicatorRules(int minimumPeople) {
        this.minimumPeople = minimumPeople;
    }

    IndicatorResult apply(
            IndicatorDefinition definition, @Nullable IndicatorValue current, @Nullable IndicatorValue previous) {
        if (definition.national()) {
            return new IndicatorResult(definition.key(), State.NATIONAL, null, 0, false, NATIONAL_SOURCE);
        }
        if (current == null || current.denominator() == 0 || current.people() == 0) {
            return new IndicatorResult(definition.key(), State.NOT_AVAILABLE, null, 0, false, sourceOf(current));
        }
        if (current.people() >= minimumPeople) {
            return available(definition, current, false);
        }
        if (definition.poolable() && previous != null) {
            IndicatorValue pooled = current.plus(previous);
            if (pooled.people() >= minimumPeople) {
                return available(definition, pooled, true);
            }
        }
        return new IndicatorResult(
                definition.key(), State.NOT_COMPUTABLE, null, current.people(), false, current.source());
    }

    private static IndicatorResult available(IndicatorDefinition definition, IndicatorValue value, boolean pooled) {
        double ratio = value.numerator() / value.denominator();
        double shown = definition.unit() == IndicatorDefinition.Unit.PERCENT ? ratio * 100 : ratio;
        return new IndicatorResult(
                definition.key(),
                State.AVAILABLE,
                Math.round(shown * 10) / 10.0,
                value.people(),
                pooled,
                value.source());
    }

    private static String sourceOf(@Nullable IndicatorValue value) {
        return value == null ? "" : value.source();
    }
}
