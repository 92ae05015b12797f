package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.attendance.AttendanceSummary;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorValue;

class AttendanceIndicatorsTests {

    final IndicatorRules rules = new IndicatorRules(20);

    @Test
    void turnsMinutesRealisedAndMissedIntoRatesAboutTheEnrolledApprentices() {
        AttendanceSummary summary =
                new AttendanceSummary(100, 42_000, 37_800, 0, 0, 3_780, 2_000, 0, 1_780, 9, 4, 6, 420);

        List<IndicatorValue> values = AttendanceIndicators.of(summary, 24);

        IndicatorResult completion = rules.apply(definition(IndicatorKeys.COMPLETION), values.get(0), null);
        IndicatorResult absenteeism = rules.apply(definition(IndicatorKeys.ABSENTEEISM), values.get(1), null);
        assertThat(completion.value()).isEqualTo(90.0);
        assertThat(absenteeism.value()).isEqualTo(9.0);
        assertThat(completion.people()).isEqualTo(24);
    }

    @Test
    void hidesTheRatesOfFewerThanTwentyApprenticesWhateverTheMinutes() {
        AttendanceSummary summary = new AttendanceSummary(100, 42_000, 37_800, 0, 0, 3_780, 0, 0, 3_780, 9, 9, 6, 420);

        IndicatorResult completion = rules.apply(
                definition(IndicatorKeys.COMPLETION),
                AttendanceIndicators.of(summary, 12).get(0),
                null);

        assertThat(completion.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
    }

    @Test
    void givesNoRateWhenNoRollCallWasTaken() {
        assertThat(AttendanceIndicators.of(AttendanceSummary.EMPTY, 30)).isEmpty();
    }

    private static IndicatorDefinition definition(String key) {
        return IndicatorDefinition.ALL.stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
