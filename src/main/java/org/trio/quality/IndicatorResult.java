package org.trio.quality;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as it may be shown: its value, or why there is none.
 *
 * @param state AVAILABLE, NOT_COMPUTABLE (fewer than 20 people, even with two cohorts pooled), NOT_AVAILABLE (no
 *     module computes it yet, or no data) or NATIONAL (computed nationally by InserJeunes from data Trio does not
 *     hold; never a value)
 * @param value the rate in percent or the average, when available
 * @param people how many people the figure is about (0 when not available)
 * @param pooled whether two cohorts were pooled to reach 20 people
 */
public record IndicatorResult(
        String key, State state, @Nullable Double value, long people, boolean pooled, String source) {

    public enum State {
        AVAILABLE,
        NOT_COMPUTABLE,
        NOT_AVAILABLE,
        NATIONAL
    }

    public boolean available() {
        return state == State.AVAILABLE;
    }
}
