package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.referential.ReferentialManagement;

/**
 * The improvement-measure dashboard of a CFA of its own on 15 May 2025: two planned measures (one late), two in
 * progress (one late), two done and one abandoned.
 */
@TrioIntegrationTest
class ImprovementActionDashboardIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 15);

    @Autowired
    ActionQueries queries;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    long cfa;

    @BeforeEach
    void sevenMeasures() {
        cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        measure("Planifiée", "PLANNED", LocalDate.of(2025, 6, 30), null);
        measure("Planifiée en retard", "PLANNED", LocalDate.of(2025, 4, 30), null);
        measure("En cours en retard", "IN_PROGRESS", LocalDate.of(2025, 5, 1), null);
        measure("En cours", "IN_PROGRESS", LocalDate.of(2025, 9, 30), null);
        measure("Réalisée en mars", "DONE", LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 20));
        measure("Abandonnée", "ABANDONED", LocalDate.of(2025, 1, 31), null);
        measure("Réalisée en avance", "DONE", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 5, 2));
    }

    @Test
    void countsTheMeasuresByStatusAndTheLateOnes() {
        assertThat(queries.counts(cfa, TODAY)).isEqualTo(new ActionQueries.Counts(2, 2, 2, 1, 2));
    }

    @Test
    void listsTheLateMeasuresFirstThenTheOpenOnesThenTheClosedOnesEachByDueDate() {
        assertThat(queries.all(cfa, null, null, false, TODAY))
                .extracting(ActionQueries.ActionRow::title, ActionQueries.ActionRow::late)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Planifiée en retard", true),
                        org.assertj.core.groups.Tuple.tuple("En cours en retard", true),
                        org.assertj.core.groups.Tuple.tuple("Planifiée", false),
                        org.assertj.core.groups.Tuple.tuple("En cours", false),
                        org.assertj.core.groups.Tuple.tuple("Abandonnée", false),
                        org.assertj.core.groups.Tuple.tuple("Réalisée en mars", false),
                        org.assertj.core.groups.Tuple.tuple("Réalisée en avance", false));
    }

    @Test
    void filtersTheLateMeasuresAndTheStatus() {
        assertThat(queries.all(cfa, null, null, true, TODAY))
                .extracting(ActionQueries.ActionRow::title)
                .containsExactly("Planifiée en retard", "En cours en retard");
        assertThat(queries.all(cfa, "DONE", null, false, TODAY))
                .extracting(ActionQueries.ActionRow::title)
                .containsExactly("Réalisée en mars", "Réalisée en avance");
    }

    private void measure(String title, String status, LocalDate due, @Nullable LocalDate done) {
        jdbc.sql("insert into quality.improvement_action (cfa_id, title, source, owner, opened_on, due_on, status,"
                        + " done_on, effect_observed) values (?, ?, 'AUDIT', 'Qualité', ?, ?, ?, ?, ?)")
                .params(cfa, title, LocalDate.of(2025, 1, 6), due, status, done, done == null ? null : "Effet constaté")
                .update();
    }
}
