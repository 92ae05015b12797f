package org.trio.quality.internal;

import java.util.List;
import org.trio.quality.IndicatorKeys;

/**
 * The indicators of the per-programme page, in display order: the charter's (indicators.md §3) and the published ones
 * (Code du travail L6111-8, InserJeunes definitions, §4). Rates are over people; averages are in months. A {@code
 * national} indicator is computed by InserJeunes only (the valeur ajoutée): Trio shows where it comes from, never a
 * value.
 */
record IndicatorDefinition(String key, Group group, Unit unit, boolean poolable, boolean national) {

    IndicatorDefinition(String key, Group group, Unit unit, boolean poolable) {
        this(key, group, unit, poolable, false);
    }

    enum Group {
        CHARTER,
        PUBLISHED
    }

    enum Unit {
        PERCENT,
        MONTHS
    }

    static final List<IndicatorDefinition> ALL = List.of(
            rate(IndicatorKeys.SATISFACTION_APPRENTICES, Group.CHARTER, false),
            rate(IndicatorKeys.SATISFACTION_EMPLOYERS, Group.CHARTER, false),
            rate(IndicatorKeys.COMPLETION, Group.CHARTER, false),
            rate(IndicatorKeys.ABSENTEEISM, Group.CHARTER, false),
            rate(IndicatorKeys.VISITS_ON_TIME, Group.CHARTER, false),
            rate(IndicatorKeys.EVALUATIONS_DONE, Group.CHARTER, false),
            rate(IndicatorKeys.FAILURE, Group.CHARTER, true),
            new IndicatorDefinition(IndicatorKeys.JOB_SEARCH_MONTHS, Group.CHARTER, Unit.MONTHS, true),
            rate(IndicatorKeys.JOB_MATCHES_DIPLOMA, Group.CHARTER, true),
            rate(IndicatorKeys.PERMANENT_CONTRACT, Group.CHARTER, true),
            rate(IndicatorKeys.OBTENTION, Group.PUBLISHED, true),
            rate(IndicatorKeys.FURTHER_STUDIES, Group.PUBLISHED, true),
            rate(IndicatorKeys.INTERRUPTION, Group.PUBLISHED, true),
            rate(IndicatorKeys.EMPLOYMENT_6, Group.PUBLISHED, true),
            rate(IndicatorKeys.EMPLOYMENT_12, Group.PUBLISHED, true),
            rate(IndicatorKeys.EMPLOYMENT_18, Group.PUBLISHED, true),
            rate(IndicatorKeys.EMPLOYMENT_24, Group.PUBLISHED, true),
            rate(IndicatorKeys.FAVOURABLE, Group.PUBLISHED, true),
            new IndicatorDefinition(IndicatorKeys.VALUE_ADDED, Group.PUBLISHED, Unit.PERCENT, false, true),
            rate(IndicatorKeys.RUPTURE, Group.PUBLISHED, true));

    private static IndicatorDefinition rate(String key, Group group, boolean poolable) {
        return new IndicatorDefinition(key, group, Unit.PERCENT, poolable);
    }

    /** Message key of the indicator's French name. */
    String labelKey() {
        return "indicator." + key;
    }
}
