package org.trio.booklet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.EvaluationPoint;
import org.trio.booklet.Evaluator;

class ProgressionTests {

    private static BookletService.EvaluationRow row(long competency, Evaluator who, EvaluationLevel level, String on) {
        return new BookletService.EvaluationRow(competency, who, level, LocalDate.parse(on));
    }

    @Test
    void averagesTheLatestLevelOfEachCompetencyAtTheEndOfEachMonth() {
        List<EvaluationPoint> trend = Progression.trend(List.of(
                row(1, Evaluator.MENTOR, EvaluationLevel.BEGINNER, "2025-10-03"),
                row(2, Evaluator.MENTOR, EvaluationLevel.NOT_SEEN, "2025-10-03"),
                row(1, Evaluator.TRAINER, EvaluationLevel.ACQUIRING, "2025-10-20"),
                row(1, Evaluator.MENTOR, EvaluationLevel.AUTONOMOUS, "2025-12-05")));
        assertThat(trend)
                .containsExactly(
                        new EvaluationPoint(YearMonth.of(2025, 10), Evaluator.MENTOR, 0.5, 2),
                        new EvaluationPoint(YearMonth.of(2025, 10), Evaluator.TRAINER, 2.0, 1),
                        new EvaluationPoint(YearMonth.of(2025, 11), Evaluator.MENTOR, 0.5, 2),
                        new EvaluationPoint(YearMonth.of(2025, 11), Evaluator.TRAINER, 2.0, 1),
                        new EvaluationPoint(YearMonth.of(2025, 12), Evaluator.MENTOR, 1.5, 2),
                        new EvaluationPoint(YearMonth.of(2025, 12), Evaluator.TRAINER, 2.0, 1));
    }

    @Test
    void hasNoPointWithoutEvaluation() {
        assertThat(Progression.trend(List.of())).isEmpty();
    }
}
