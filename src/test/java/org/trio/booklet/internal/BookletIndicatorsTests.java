package org.trio.booklet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trio.booklet.Evaluator;
import org.trio.contract.ContractInfo;

class BookletIndicatorsTests {

    static final LocalDate START = LocalDate.of(2024, 9, 2);

    private static ContractInfo contract(long id, LocalDate rupture) {
        return new ContractInfo(
                id, 1, 100 + id, 1, null, null, "11", START, START, START, LocalDate.of(2026, 6, 30), rupture, false);
    }

    @Test
    void expectsAQuarterOnlyOnceItsLastDayIsReachedWithinTheContract() {
        List<BookletIndicators.Quarter> quarters = BookletIndicators.quarters(
                List.of(contract(1, null), contract(2, LocalDate.of(2024, 12, 2))),
                LocalDate.of(2024, 8, 1),
                LocalDate.of(2025, 3, 1));

        assertThat(quarters)
                .containsExactly(
                        new BookletIndicators.Quarter(1, 101, START, LocalDate.of(2024, 12, 1)),
                        new BookletIndicators.Quarter(1, 101, LocalDate.of(2024, 12, 2), LocalDate.of(2025, 3, 1)),
                        new BookletIndicators.Quarter(2, 102, START, LocalDate.of(2024, 12, 1)));
    }

    @Test
    void leavesOutTheQuartersEndedBeforeTheSchoolYear() {
        assertThat(BookletIndicators.quarters(
                        List.of(contract(1, null)), LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31)))
                .extracting(BookletIndicators.Quarter::end)
                .containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1));
    }

    @Test
    void countsAnEvaluationOnlyInItsOwnQuarterAndForItsEvaluator() {
        List<BookletIndicators.Quarter> quarters = List.of(
                new BookletIndicators.Quarter(1, 101, START, LocalDate.of(2024, 12, 1)),
                new BookletIndicators.Quarter(1, 101, LocalDate.of(2024, 12, 2), LocalDate.of(2025, 3, 1)));

        BookletIndicators.Figures figures = BookletIndicators.figures(
                quarters,
                Map.of(
                        1L,
                        Map.of(
                                Evaluator.MENTOR,
                                Set.of(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 2)),
                                Evaluator.TRAINER,
                                Set.of(LocalDate.of(2025, 3, 2)))));

        assertThat(figures).isEqualTo(new BookletIndicators.Figures(4, 2, 1));
    }
}
