package org.trio.booklet.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.EvaluationPoint;
import org.trio.booklet.Evaluator;

/**
 * An apprentice's progression from their evaluations: at the end of each month, for the maître and for the trainer,
 * the mean level (0 non vu … 3 autonome) of the latest evaluation of every competency evaluated so far.
 */
final class Progression {

    private Progression() {}

    /** The trend, month by month from the first evaluation to the last; rows in date order. */
    static List<EvaluationPoint> trend(List<BookletService.EvaluationRow> rows) {
        List<EvaluationPoint> points = new ArrayList<>();
        if (rows.isEmpty()) {
            return points;
        }
        YearMonth first = YearMonth.from(rows.get(0).evaluatedOn());
        YearMonth last = YearMonth.from(rows.get(rows.size() - 1).evaluatedOn());
        Map<Evaluator, Map<Long, EvaluationLevel>> latest = new HashMap<>();
        int next = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            while (next < rows.size()
                    && !YearMonth.from(rows.get(next).evaluatedOn()).isAfter(month)) {
                BookletService.EvaluationRow row = rows.get(next++);
                latest.computeIfAbsent(row.evaluator(), key -> new HashMap<>()).put(row.competencyId(), row.level());
            }
            for (Evaluator evaluator : Evaluator.values()) {
                Map<Long, EvaluationLevel> levels = latest.getOrDefault(evaluator, Map.of());
                if (!levels.isEmpty()) {
                    double mean = levels.values().stream()
                            .mapToInt(EvaluationLevel::score)
                            .average()
                            .orElse(0);
                    points.add(new EvaluationPoint(month, evaluator, Math.round(mean * 100) / 100.0, levels.size()));
                }
            }
        }
        return points;
    }

    /** The latest level of each competency by one evaluator. */
    static Map<Long, EvaluationLevel> latest(List<BookletService.EvaluationRow> rows, Evaluator evaluator) {
        Map<Long, EvaluationLevel> levels = new HashMap<>();
        rows.stream()
                .filter(row -> row.evaluator() == evaluator)
                .forEach(row -> levels.put(row.competencyId(), row.level()));
        return levels;
    }
}
