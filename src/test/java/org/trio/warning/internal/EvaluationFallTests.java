package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.booklet.EvaluationPoint;
import org.trio.booklet.Evaluator;

/** Falling evaluations: the evaluator's two latest months, a fall of at least a quarter of a level. */
class EvaluationFallTests {

    private static EvaluationPoint point(String month, Evaluator evaluator, double mean) {
        return new EvaluationPoint(YearMonth.parse(month), evaluator, mean, 4);
    }

    @Test
    void comparesTheTwoLatestMonthsOfTheSameEvaluator() {
        List<EvaluationPoint> trend = List.of(
                point("2026-09", Evaluator.MENTOR, 2.0),
                point("2026-09", Evaluator.TRAINER, 1.0),
                point("2026-10", Evaluator.TRAINER, 3.0),
                point("2026-10", Evaluator.MENTOR, 1.75));

        assertThat(BookletAndVisitEvents.fall(trend, Evaluator.MENTOR))
                .contains(new BookletAndVisitEvents.Fall(YearMonth.parse("2026-10"), 2.0, 1.75));
        assertThat(BookletAndVisitEvents.fall(trend, Evaluator.TRAINER)).isEmpty();
    }

    @Test
    void ignoresASmallDipAndASingleMonth() {
        assertThat(BookletAndVisitEvents.fall(
                        List.of(point("2026-09", Evaluator.MENTOR, 2.0), point("2026-10", Evaluator.MENTOR, 1.8)),
                        Evaluator.MENTOR))
                .isEmpty();
        assertThat(BookletAndVisitEvents.fall(List.of(point("2026-10", Evaluator.MENTOR, 0.5)), Evaluator.MENTOR))
                .isEmpty();
    }

    @Test
    void usesTheLatestMonthsWhateverTheOrderOfTheTrend() {
        List<EvaluationPoint> trend = List.of(
                point("2026-11", Evaluator.MENTOR, 1.0),
                point("2026-09", Evaluator.MENTOR, 3.0),
                point("2026-10", Evaluator.MENTOR, 1.0));
        assertThat(BookletAndVisitEvents.fall(trend, Evaluator.MENTOR)).isEmpty();
    }
}
