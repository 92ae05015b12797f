package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trio.TrioIntegrationTest;
import org.trio.access.ApprenticeScope;

/** The analysis of a network loaded like the seed's 2021-2022 figures shows the seed's figures. */
@TrioIntegrationTest
class RuptureAnalysisIntegrationTests {

    @Autowired
    SeedNetworkFixture fixture;

    @Autowired
    RuptureAnalysis analysis;

    private SeedNetworkFixture.Network network;
    private RuptureAnalysis.Result result;

    @BeforeEach
    void analyseTheSeedYear() {
        network = fixture.network();
        ApprenticeScope scope = new ApprenticeScope(new HashSet<>(network.cfaIds()), Set.of(), Set.of());
        result = analysis.analyse(
                new AnalysisQueries.Request(2021, AnalysisQueries.Request.defaultReferenceDate(2021), null, null),
                scope);
    }

    private AnalysisTable table(String id) {
        return result.table(id).orElseThrow();
    }

    private static AnalysisTable.Row row(AnalysisTable table, String first) {
        return table.rows().stream()
                .filter(row -> row.cell(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError(first + " absent de " + table.id()));
    }

    private static BigDecimal percent(Object fraction) {
        return ((BigDecimal) fraction).movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void usesTheFifteenthOfAugustAfterTheYearAsDefaultReferenceDate() {
        assertThat(AnalysisQueries.Request.defaultReferenceDate(2021)).isEqualTo(LocalDate.of(2022, 8, 15));
    }

    @Test
    void showsBretignysFortyEightRupturesForThreeHundredNinetyActive() {
        AnalysisTable.Row bretigny = row(table("structures"), "BTP CFA Brétigny-Sur-Orge");
        assertThat(bretigny.cells().subList(1, 4)).containsExactly(390L, 48L, 438L);
        assertThat(percent(bretigny.cell(5))).isEqualByComparingTo("10.96");
        assertThat(percent(bretigny.cell(4))).isEqualByComparingTo("14.67");
    }

    @Test
    void showsTheNetworksRateWithAndWithoutUfas() {
        List<AnalysisTable.Row> totals = table("structures").totals();
        assertThat(totals.get(0).cells().subList(1, 4)).containsExactly(2658L, 326L, 2984L);
        assertThat(percent(totals.get(0).cell(5))).isEqualByComparingTo("10.92");
        assertThat(totals.get(1).cells().subList(1, 4)).containsExactly(2450L, 318L, 2768L);
        assertThat(percent(totals.get(1).cell(5))).isEqualByComparingTo("11.49");
    }

    @Test
    void sortsTheStructuresByDescendingCount() {
        List<Object> names =
                table("structures").rows().stream().map(row -> row.cell(0)).toList();
        assertThat(names.subList(0, 3))
                .containsExactly("BTP CFA Ermont", "BTP CFA Nangis", "BTP CFA Brétigny-Sur-Orge");
        assertThat(row(table("structures"), "Lycée Jean Mermoz Monsoult UFA Ermont")
                        .cell(5))
                .isEqualTo(new BigDecimal("0.250000"));
    }

    @Test
    void showsTheSeedsFilieresAndValidatedMotives() {
        AnalysisTable sectors = table("sectors");
        assertThat(row(sectors, "Fluides").cell(1)).isEqualTo(154L);
        assertThat(percent(row(sectors, "Fluides").cell(2))).isEqualByComparingTo("47.24");
        assertThat(row(sectors, "Travaux Publics").cell(1)).isEqualTo(1L);
        AnalysisTable validated = table("validated-motives");
        assertThat(validated.rows().get(0).cells().subList(0, 2))
                .containsExactly("Départ volontaire de l'apprenti", 149L);
        assertThat(validated.totals().get(0).cell(1)).isEqualTo(326L);
        assertThat(row(table("expressed-motives"), "Choix d'une autre formation dans un autre établissement")
                        .cell(1))
                .isEqualTo(82L);
    }

    @Test
    void countsTheDiplomasHeldAtEntryAndTheMonths() {
        assertThat(row(table("entry-diplomas"), "01 · Aucun diplôme").cell(1)).isEqualTo(160L);
        assertThat(percent(row(table("entry-diplomas"), "01 · Aucun diplôme").cell(2)))
                .isEqualByComparingTo("49.08");
        AnalysisTable months = table("months");
        assertThat(months.rows()).hasSize(13);
        assertThat(months.rows().get(0).cells()).containsExactly("Août 2021", 16L);
        assertThat(months.rows().get(12).cells()).containsExactly("Août 2022", 6L);
        assertThat(months.totals().get(0).cell(1)).isEqualTo(326L);
    }

    @Test
    void splitsEveryRuptureIntoAnAnalysisPeriod() {
        AnalysisTable periods = table("periods");
        long sum = periods.rows().stream().mapToLong(row -> (Long) row.cell(1)).sum();
        assertThat(sum).isEqualTo(326L);
        assertThat(periods.rows()).hasSize(3);
    }

    @Test
    void leavesAdministrativeClosuresOutOfTheRupturesNettes() {
        assertThat(result.rupturesTotal()).isEqualTo(326L);
        assertThat(result.activeTotal()).isEqualTo(2658L);
    }
}
