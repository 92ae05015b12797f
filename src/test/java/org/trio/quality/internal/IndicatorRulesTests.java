package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorValue;

class IndicatorRulesTests {

    final IndicatorRules rules = new IndicatorRules(20);
    final IndicatorDefinition obtention = definition(IndicatorKeys.OBTENTION);
    final IndicatorDefinition satisfaction = definition(IndicatorKeys.SATISFACTION_APPRENTICES);

    @Test
    void showsARateOverTwentyPeopleOrMore() {
        IndicatorResult result = rules.apply(obtention, value(IndicatorKeys.OBTENTION, 17, 20), null);

        assertThat(result.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(result.value()).isEqualTo(85.0);
        assertThat(result.pooled()).isFalse();
    }

    @Test
    void declaresARateOverNineteenPeopleNotComputable() {
        IndicatorResult result = rules.apply(satisfaction, value(IndicatorKeys.SATISFACTION_APPRENTICES, 19, 19), null);

        assertThat(result.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
        assertThat(result.value()).isNull();
        assertThat(result.people()).isEqualTo(19);
    }

    @Test
    void poolsThePreviousCohortWhenBothTogetherReachTwenty() {
        IndicatorResult result =
                rules.apply(obtention, value(IndicatorKeys.OBTENTION, 9, 12), value(IndicatorKeys.OBTENTION, 6, 13));

        assertThat(result.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(result.value()).isEqualTo(60.0);
        assertThat(result.people()).isEqualTo(25);
        assertThat(result.pooled()).isTrue();
    }

    @Test
    void staysNotComputableWhenTwoCohortsStillMakeFewerThanTwenty() {
        IndicatorResult result =
                rules.apply(obtention, value(IndicatorKeys.OBTENTION, 5, 8), value(IndicatorKeys.OBTENTION, 6, 11));

        assertThat(result.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
    }

    @Test
    void neverPoolsAnIndicatorThatMayNotBePooled() {
        IndicatorResult result = rules.apply(
                satisfaction,
                value(IndicatorKeys.SATISFACTION_APPRENTICES, 10, 12),
                value(IndicatorKeys.SATISFACTION_APPRENTICES, 10, 12));

        assertThat(result.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
    }

    @Test
    void saysNotAvailableWhenNoModuleComputesTheIndicator() {
        assertThat(rules.apply(obtention, null, null).state()).isEqualTo(IndicatorResult.State.NOT_AVAILABLE);
        assertThat(rules.apply(obtention, value(IndicatorKeys.OBTENTION, 0, 0), null)
                        .state())
                .isEqualTo(IndicatorResult.State.NOT_AVAILABLE);
    }

    @Test
    void averagesMonthsWithoutTurningThemIntoAPercentage() {
        IndicatorDefinition months = definition(IndicatorKeys.JOB_SEARCH_MONTHS);

        assertThat(rules.apply(months, value(IndicatorKeys.JOB_SEARCH_MONTHS, 45, 20), null)
                        .value())
                .isEqualTo(2.3);
    }

    @Test
    void showsTheValueAddedAsComputedNationallyAndNeverAValue() {
        IndicatorDefinition valueAdded = definition(IndicatorKeys.VALUE_ADDED);

        IndicatorResult withoutFigure = rules.apply(valueAdded, null, null);
        IndicatorResult evenWithAFigure = rules.apply(valueAdded, value(IndicatorKeys.VALUE_ADDED, 30, 40), null);

        assertThat(valueAdded.group()).isEqualTo(IndicatorDefinition.Group.PUBLISHED);
        assertThat(withoutFigure.state()).isEqualTo(IndicatorResult.State.NATIONAL);
        assertThat(withoutFigure.source()).isEqualTo("InserJeunes");
        assertThat(evenWithAFigure.state()).isEqualTo(IndicatorResult.State.NATIONAL);
        assertThat(evenWithAFigure.value()).isNull();
        assertThat(evenWithAFigure.people()).isZero();
    }

    private static IndicatorValue value(String key, double numerator, long denominator) {
        return new IndicatorValue(key, numerator, denominator, "test");
    }

    private static IndicatorDefinition definition(String key) {
        return IndicatorDefinition.ALL.stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
