package org.trio.quality;

/**
 * A figure computed by a module: a sum over a number of people. For a rate, {@code numerator} people out of {@code
 * denominator}; for an average (e.g. months of job search), the sum of the values over {@code denominator} people. The
 * quality module applies the publication rules (fewer than 20 people: not computable; two cohorts pooled when
 * allowed).
 *
 * @param key one of {@link IndicatorKeys}
 * @param numerator people counted (rate) or sum of values (average)
 * @param denominator people the figure is about
 * @param source the module that computed it, in French ("Inscriptions et contrats")
 */
public record IndicatorValue(String key, double numerator, long denominator, String source) {

    public IndicatorValue {
        if (denominator < 0 || numerator < 0) {
            throw new IllegalArgumentException("Valeurs négatives pour " + key);
        }
    }

    /** Adds another cohort's figure of the same key (pooling). */
    public IndicatorValue plus(IndicatorValue other) {
        return new IndicatorValue(key, numerator + other.numerator, denominator + other.denominator, source);
    }
}
