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

    private static BigDecimal oneDecimal(Object fraction) {
        return ((BigDecimal) fraction).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void usesTheFifteenthOfAugustAfterTheYearAsDefaultReferenceDate() {
        assertThat(AnalysisQueries.Request.defaultReferenceDate(2021)).isEqualTo(LocalDate.of(2022, 8, 15));
    }

    /** The seed's "Taux de rupture et effectifs par structures": every row, with its répartition and rate. */
    @Test
    void showsEveryStructureOfTheSeedWithItsDistributionAndRate() {
        Object[][] seed = {
            {"BTP CFA Brétigny-Sur-Orge", 390L, 48L, 438L, "14.67", "10.96"},
            {"BTP CFA Nangis", 319L, 56L, 375L, "12.00", "14.93"},
            {"BTP CFA Ermont", 365L, 71L, 436L, "13.73", "16.28"},
            {"BTP CFA Noisy-le-Grand", 279L, 32L, 311L, "10.50", "10.29"},
            {"BTP CFA Ocquerre", 359L, 46L, 405L, "13.51", "11.36"},
            {"BTP CFA Rueil Malmaison", 394L, 31L, 425L, "14.82", "7.29"},
            {"BTP CFA Saint Denis", 344L, 34L, 378L, "12.94", "8.99"},
            {"ESITC PARIS (Arcueil) UFA Brétigny sur Orge", 68L, 1L, 69L, "2.56", "1.45"},
            {"IUT Sénart Fontainebleau UFA Ocquerre", 107L, 4L, 111L, "4.03", "3.60"},
            {"Lycée des métiers Benjamin Franklin UFA Nangis", 28L, 2L, 30L, "1.05", "6.67"},
            {"Lycée Jean Mermoz Monsoult UFA Ermont", 3L, 1L, 4L, "0.11", "25.00"},
            {"Lycée les Pannevelles (Provins) UFA Ocquerre", 2L, 0L, 2L, "0.08", "0.00"}
        };
        AnalysisTable structures = table("structures");
        assertThat(structures.rows()).hasSize(seed.length);
        for (Object[] line : seed) {
            AnalysisTable.Row row = row(structures, (String) line[0]);
            assertThat(row.cells().subList(1, 4)).as((String) line[0]).containsExactly(line[1], line[2], line[3]);
            assertThat(percent(row.cell(4))).as((String) line[0]).isEqualByComparingTo((String) line[4]);
            assertThat(percent(row.cell(5))).as((String) line[0]).isEqualByComparingTo((String) line[5]);
        }
    }

    @Test
    void showsTheNetworksRateWithAndWithoutUfas() {
        List<AnalysisTable.Row> totals = table("structures").totals();
        assertThat(totals.get(0).cells().subList(1, 4)).containsExactly(2658L, 326L, 2984L);
        assertThat(percent(totals.get(0).cell(4))).isEqualByComparingTo("100.00");
        assertThat(percent(totals.get(0).cell(5))).isEqualByComparingTo("10.92");
        assertThat(totals.get(1).cells().subList(1, 4)).containsExactly(2450L, 318L, 2768L);
        assertThat(percent(totals.get(1).cell(5))).isEqualByComparingTo("11.49");
    }

    /** The seed's sorted table of the 7 CFAs pairs counts and rates of different rows: Trio sorts whole rows. */
    @Test
    void sortsTheStructuresByDescendingCount() {
        List<Object> names =
                table("structures").rows().stream().map(row -> row.cell(0)).toList();
        assertThat(names)
                .containsExactly(
                        "BTP CFA Ermont",
                        "BTP CFA Nangis",
                        "BTP CFA Brétigny-Sur-Orge",
                        "BTP CFA Ocquerre",
                        "BTP CFA Saint Denis",
                        "BTP CFA Noisy-le-Grand",
                        "BTP CFA Rueil Malmaison",
                        "IUT Sénart Fontainebleau UFA Ocquerre",
                        "Lycée des métiers Benjamin Franklin UFA Nangis",
                        "ESITC PARIS (Arcueil) UFA Brétigny sur Orge",
                        "Lycée Jean Mermoz Monsoult UFA Ermont",
                        "Lycée les Pannevelles (Provins) UFA Ocquerre");
        assertThat(row(table("structures"), "Lycée Jean Mermoz Monsoult UFA Ermont")
                        .cell(5))
                .isEqualTo(new BigDecimal("0.250000"));
    }

    /**
     * The seed's "Nombre de ruptures nettes par diplômes et par CFA" and its row percentages, for the 7 CFAs. Its
     * table has 30 for Noisy-le-Grand and 40 for Ocquerre (32 and 46 in the structure table): the fixture puts their
     * other ruptures on an MC and on TPs, columns the seed's table does not have, so the seed's four columns match.
     */
    @Test
    void showsTheSeedsDiplomaTypesPerCfaWithRowPercentages() {
        Object[][] seed = {
            {"BTP CFA Brétigny-Sur-Orge", 35L, 1L, 12L, 0L, "72.92", "2.08", "25.00", "0.00"},
            {"BTP CFA Nangis", 39L, 7L, 9L, 1L, "69.64", "12.50", "16.07", "1.79"},
            {"BTP CFA Ermont", 54L, 7L, 10L, 0L, "76.06", "9.86", "14.08", "0.00"},
            {"BTP CFA Noisy-le-Grand", 19L, 9L, 2L, 0L, null, null, null, null},
            {"BTP CFA Ocquerre", 22L, 10L, 4L, 4L, null, null, null, null},
            {"BTP CFA Rueil Malmaison", 13L, 4L, 7L, 7L, "41.94", "12.90", "22.58", "22.58"},
            {"BTP CFA Saint Denis", 23L, 9L, 2L, 0L, "67.65", "26.47", "5.88", "0.00"}
        };
        AnalysisTable types = table("diploma-types");
        List<String> headers =
                types.columns().stream().map(AnalysisTable.Column::header).toList();
        String[] seedColumns = {"CAP", "BAC PRO", "BP", "BTS"};
        long[] totals = new long[4];
        for (Object[] line : seed) {
            AnalysisTable.Row row = row(types, (String) line[0]);
            long total = (Long) row.cell(headers.indexOf("Total"));
            for (int c = 0; c < 4; c++) {
                long count = (Long) row.cell(headers.indexOf(seedColumns[c]));
                assertThat(count).as(line[0] + " " + seedColumns[c]).isEqualTo(line[1 + c]);
                totals[c] += count;
                if (line[5 + c] != null) {
                    assertThat(total).isEqualTo((Long) line[1] + (Long) line[2] + (Long) line[3] + (Long) line[4]);
                    assertThat(percent(row.cell(headers.indexOf(seedColumns[c] + " (%)"))))
                            .as(line[0] + " " + seedColumns[c] + " %")
                            .isEqualByComparingTo((String) line[5 + c]);
                }
            }
        }
        assertThat(totals).containsExactly(205L, 47L, 46L, 12L);
        assertThat(row(types, "BTP CFA Noisy-le-Grand").cell(headers.indexOf("Total")))
                .isEqualTo(32L);
        assertThat(row(types, "BTP CFA Ocquerre").cell(headers.indexOf("Total")))
                .isEqualTo(46L);
        assertThat(types.totals().get(0).cell(headers.indexOf("Total"))).isEqualTo(326L);
        assertThat(types.totals().get(0).cell(headers.indexOf("CAP"))).isEqualTo(205L);
    }

    /** The seed's "Nombres de ruptures nettes par diplômes": all 42 diplomas and their shares. */
    @Test
    void showsEveryDiplomaOfTheSeedWithItsShare() {
        AnalysisTable diplomas = table("diplomas");
        assertThat(diplomas.rows()).hasSize(SeedNetworkFixture.DIPLOMAS.size());
        for (SeedNetworkFixture.Diploma diploma : SeedNetworkFixture.DIPLOMAS) {
            assertThat(row(diplomas, diploma.label()).cell(1))
                    .as(diploma.label())
                    .isEqualTo((long) diploma.ruptures());
        }
        assertThat(diplomas.rows().get(0).cell(0)).isEqualTo("CAP MONTEUR EN INSTALLATIONS SANITAIRES");
        // The seed gives shares to one decimal.
        assertThat(oneDecimal(row(diplomas, "CAP ELECTRICIENS-NES").cell(2))).isEqualByComparingTo("6.7");
        assertThat(oneDecimal(row(diplomas, "BREVET PROFESSIONNEL MONTEUR INSTALLATEUR DU GENIE CLIMATIQUE")
                        .cell(2)))
                .isEqualByComparingTo("6.4");
        assertThat(oneDecimal(row(diplomas, "CAP MACON").cell(2))).isEqualByComparingTo("6.1");
        assertThat(oneDecimal(row(diplomas, "TP PLAQUISTE").cell(2))).isEqualByComparingTo("0.6");
        assertThat(diplomas.totals().get(0).cell(1)).isEqualTo(326L);
    }

    /** The seed's "Nombre de ruptures par filières": counts and shares. */
    @Test
    void showsEveryFiliereOfTheSeedWithItsShare() {
        Object[][] seed = {
            {"Fluides", 154L, "47.24"},
            {"Gros Œuvre", 66L, "20.25"},
            {"Électricité", 30L, "9.20"},
            {"Métaux", 25L, "7.67"},
            {"Bois", 24L, "7.36"},
            {"Finitions", 19L, "5.83"},
            {"Multi Secteur", 7L, "2.15"},
            {"Travaux Publics", 1L, "0.31"}
        };
        AnalysisTable sectors = table("sectors");
        assertThat(sectors.rows()).hasSize(seed.length);
        for (Object[] line : seed) {
            AnalysisTable.Row row = row(sectors, (String) line[0]);
            assertThat(row.cell(1)).as((String) line[0]).isEqualTo(line[1]);
            assertThat(percent(row.cell(2))).as((String) line[0]).isEqualByComparingTo((String) line[2]);
        }
        assertThat(sectors.totals().get(0).cells().subList(1, 4))
                .containsExactly(326L, BigDecimal.ONE.setScale(6), 2984L);
    }

    /**
     * The seed's "Nombre de ruptures par situation de formation": its 20 rows, each under Trio's label (a programme of
     * other than two years names its duration; a programme of a year or less is "en 1 an").
     */
    @Test
    void showsEveryTrainingSituationOfTheSeed() {
        Object[][] seed = {
            {"APPRENTI CAP 1ère année", 128L, "39.26"},
            {"APPRENTI CAP 2ème année", 65L, "19.94"},
            {"APPRENTI BP 1ère année", 31L, "9.51"},
            {"APPRENTI BAC PRO 1ère année", 16L, "4.91"}, // BAC PRO 2 ans - Première
            {"APPRENTI BP 2ème année", 16L, "4.91"},
            {"APPRENTI BAC PRO 2ème année", 13L, "3.99"}, // BAC PRO 2 ans - Terminale
            {"APPRENTI CAP en 1 an", 12L, "3.68"},
            {"APPRENTI BAC PRO 3 ans 2ème année", 10L, "3.07"}, // BAC PRO 3 ans - Première
            {"APPRENTI BTS 1ère année", 9L, "2.76"}, // BTS 24M 1ère année
            {"APPRENTI BAC PRO 3 ans 1ère année", 6L, "1.84"}, // BAC PRO 3 ans - Seconde
            {"APPRENTI TP en 1 an", 6L, "1.84"}, // TP V EN 1 AN
            {"APPRENTI BTS 2ème année", 3L, "0.92"},
            {"APPRENTI BAC PRO 3 ans 3ème année", 2L, "0.61"}, // BAC PRO 3 ans - Terminale
            {"APPRENTI MASTER 2ème année", 2L, "0.61"},
            {"APPRENTI MC en 1 an", 2L, "0.61"},
            {"APPRENTI BAC PRO en 1 an", 1L, "0.31"},
            {"APPRENTI BTS 3 ans 1ère année", 1L, "0.31"}, // BTS 36M 1ère année
            {"APPRENTI DUT 2ème année", 1L, "0.31"},
            {"APPRENTI INGENIEUR 3 ans 1ère année", 1L, "0.31"},
            {"APPRENTI LICENCE PRO en 1 an", 1L, "0.31"}
        };
        AnalysisTable situations = table("situations");
        assertThat(situations.rows()).hasSize(seed.length);
        for (Object[] line : seed) {
            AnalysisTable.Row row = row(situations, (String) line[0]);
            assertThat(row.cell(1)).as((String) line[0]).isEqualTo(line[1]);
            assertThat(percent(row.cell(2))).as((String) line[0]).isEqualByComparingTo((String) line[2]);
        }
        assertThat(situations.rows().get(0).cell(0)).isEqualTo("APPRENTI CAP 1ère année");
    }

    /**
     * The seed's "diplôme préalable à l'entrée en formation" on the SIFA DIP_OBT codes: Licence professionnelle (3),
     * Licence, Master 1 and "Bac+3 ou plus" are all code 14.
     */
    @Test
    void showsEveryDiplomaHeldAtEntry() {
        Object[][] seed = {
            {"01 · Aucun diplôme", 160L, "49.08"},
            {"04 · CAP / CAPA", 59L, "18.10"},
            {"03 · Brevet des collèges", 46L, "14.11"},
            {"02 · Certificat de formation générale", 13L, "3.99"},
            {"08 · Bac professionnel / Bac professionnel agricole", 18L, "5.52"},
            {"07 · Bac général ou technologique", 13L, "3.99"},
            {"09 · Brevet professionnel / BPA / Brevet de maîtrise", 5L, "1.53"},
            {"05 · BEP / BEPA", 5L, "1.53"},
            {"14 · Diplôme de niveaux 6, 7 et 8 (bac + 3 ou plus)", 6L, "1.84"},
            {"13 · Autre diplôme de niveau 5 (bac + 2)", 1L, "0.31"}
        };
        AnalysisTable entry = table("entry-diplomas");
        assertThat(entry.rows()).hasSize(seed.length);
        for (Object[] line : seed) {
            AnalysisTable.Row row = row(entry, (String) line[0]);
            assertThat(row.cell(1)).as((String) line[0]).isEqualTo(line[1]);
            assertThat(percent(row.cell(2))).as((String) line[0]).isEqualByComparingTo((String) line[2]);
        }
        assertThat(entry.totals().get(0).cell(1)).isEqualTo(326L);
    }

    /** Both motive tables, every row: expressed motives sum to the seed's 321, the 5 others have none recorded. */
    @Test
    void showsEveryExpressedAndValidatedMotiveOfTheSeed() {
        AnalysisTable expressed = table("expressed-motives");
        assertThat(expressed.rows()).hasSize(SeedNetworkFixture.EXPRESSED.length + 1);
        for (Object[] line : SeedNetworkFixture.EXPRESSED) {
            assertThat(row(expressed, (String) line[0]).cell(1))
                    .as((String) line[0])
                    .isEqualTo(((Integer) line[1]).longValue());
        }
        assertThat(expressed.rows().get(0).cells().subList(0, 2))
                .containsExactly("Choix d'une autre formation dans un autre établissement", 82L);
        assertThat(expressed.totals().get(0).cell(1)).isEqualTo(326L);
        AnalysisTable validated = table("validated-motives");
        Object[][] seed = {
            {"Départ volontaire de l'apprenti", 149L},
            {"Mauvaise adaptation aux attentes de l'entreprise", 73L},
            {"Erreur d'orientation / changement d'orientation", 49L},
            {"Mauvaise adaptation aux attentes du CFA (règlement/attitude)", 21L},
            {"Fin de contrat", 13L},
            {"Problématiques personnelles", 9L},
            {"Cessation d'activité", 5L},
            {"Problèmes administratifs", 5L},
            {"Erreur d'orientation - poursuite", 2L}
        };
        assertThat(validated.rows()).hasSize(seed.length);
        for (int i = 0; i < seed.length; i++) {
            assertThat(validated.rows().get(i).cells().subList(0, 2)).containsExactly(seed[i]);
        }
        assertThat(validated.totals().get(0).cell(1)).isEqualTo(326L);
    }

    /** The seed's chronology, month by month (its 316; the 10 it leaves out are put in October). */
    @Test
    void showsEveryMonthOfTheSeedsChronology() {
        String[] months = {
            "Août 2021",
            "Septembre 2021",
            "Octobre 2021",
            "Novembre 2021",
            "Décembre 2021",
            "Janvier 2022",
            "Février 2022",
            "Mars 2022",
            "Avril 2022",
            "Mai 2022",
            "Juin 2022",
            "Juillet 2022",
            "Août 2022"
        };
        long[] seed = {16, 36, 41 + 10, 43, 28, 21, 15, 22, 13, 16, 34, 25, 6};
        AnalysisTable chronology = table("months");
        assertThat(chronology.rows()).hasSize(months.length);
        for (int i = 0; i < months.length; i++) {
            assertThat(chronology.rows().get(i).cells()).containsExactly(months[i], seed[i]);
        }
        assertThat(chronology.totals().get(0).cell(1)).isEqualTo(326L);
    }

    @Test
    void splitsEveryRuptureIntoAnAnalysisPeriod() {
        AnalysisTable periods = table("periods");
        long sum = periods.rows().stream().mapToLong(row -> (Long) row.cell(1)).sum();
        assertThat(sum).isEqualTo(326L);
        assertThat(periods.rows()).hasSize(3);
    }

    /**
     * A tenth of the active apprentices have two contracts (half of them the first replaced by an amendment — an
     * administrative closure — the others ended on their planned end) and an amendment on the second; a fifth of the
     * broken contracts have an amendment before their rupture: nothing is counted twice, the closures are not ruptures
     * nettes, and every rupture is costed once.
     */
    @Test
    void countsEachRuptureAndEachActiveEnrolmentOnceWhateverTheContractsAndAmendments() {
        assertThat(result.rupturesTotal()).isEqualTo(326L);
        assertThat(result.activeTotal()).isEqualTo(2658L);
        AnalysisTable cost = table("cost");
        assertThat(cost.totals().get(0).cell(1)).isEqualTo(326L);
    }
}
