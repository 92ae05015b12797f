package org.trio.quality;

/**
 * A figure computed by a module: {@code numerator ÷ denominator}, about a number of people. For a rate over people,
 * {@code numerator} people out of {@code denominator} (and {@code people = denominator}); for an average (e.g. months of
 * job search), the sum of the values over {@code denominator} people; for a rate over time (e.g. hours realised ÷
 * hours planned), minutes over minutes, with {@code people} the apprentices behind them. The quality module applies
 * the publication rules on {@code people} (fewer than 20: not computable; two cohorts pooled when allowed).
 *
 * @param key one of {@link IndicatorKeys}
 * @param numerator people counted, sum of values or minutes
 * @param denominator people, or minutes, the ratio is taken over
 * @param people how many people the figure is about
 * @param source the module that computed it, in French ("Inscriptions et contrats")
 */
public record IndicatorValue(String key, double numerator, long denominator, long people, String source) {

    public IndicatorValue {
        if (denominator < 0 || numerator < 0 || people < 0) {
            throw new IllegalArgumentException("Valeurs négatives pour " + key);
        }
    }

    /** A figure over people: {@code numerator} people (or the sum of their values) over {@code people} people. */
    public IndicatorValue(String key, double numerator, long people, String source) {
        this(key, numerator, people, people, source);
    }

    /** Adds another cohort's figure of the same key (pooling). */
    public IndicatorValue plus(IndicatorValue other) {
        return new IndicatorValue(
                key, numerator + other.numerator, denominator + other.denominator, people + other.people, source);
    }
}
