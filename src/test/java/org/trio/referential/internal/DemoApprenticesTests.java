package org.trio.referential.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trio.referential.DiplomaType;
import org.trio.shared.Identifiers;

/** The demo generator's apprentices: diplomas held at entry like the seed's among ruptures, distinct INEs. */
class DemoApprenticesTests {

    /**
     * The seed's ruptures by kind of programme (CAP 205, BAC PRO 48, BP 47, BTS 13, MC and TP 8): weighting each
     * kind's drawn diplomas by them gives the diplomas held by those who break their contract.
     */
    @Test
    void drawsTheDiplomasHeldAtEntrySoThatRupturesLookLikeTheSeeds() {
        Map<DiplomaType, Integer> ruptures = Map.of(
                DiplomaType.CAP,
                205,
                DiplomaType.BAC_PRO,
                48,
                DiplomaType.BP,
                47,
                DiplomaType.BTS,
                13,
                DiplomaType.TP,
                8);
        SplittableRandom random = new SplittableRandom(2022);
        Map<String, Double> shares = new HashMap<>();
        int draws = 100_000;
        int total = ruptures.values().stream().mapToInt(Integer::intValue).sum();
        ruptures.forEach((type, count) -> {
            for (int i = 0; i < draws; i++) {
                shares.merge(DemoApprentices.diplomaHeld(type, random), (double) count / total / draws, Double::sum);
            }
        });
        // The seed: aucun diplôme 49.1 %, CAP 18.1 %, brevet 14.1 %, bac pro 5.5 %, CFG 4.0 %, bac général 4.0 %,
        // bac + 3 and more 1.8 %, BEP 1.5 %.
        assertThat(shares.get("01")).isBetween(0.45, 0.53);
        assertThat(shares.get("04")).isBetween(0.15, 0.22);
        assertThat(shares.get("03")).isBetween(0.11, 0.17);
        assertThat(shares.get("08")).isBetween(0.04, 0.07);
        assertThat(shares.get("02")).isBetween(0.025, 0.055);
        assertThat(shares.get("07")).isBetween(0.025, 0.055);
        assertThat(shares.get("14")).isBetween(0.01, 0.03);
        assertThat(shares.get("05")).isBetween(0.005, 0.025);
    }

    @Test
    void givesEveryApprenticeADistinctValidIne() {
        SplittableRandom random = new SplittableRandom(7);
        Set<String> ines = new HashSet<>();
        for (long id = 1; id <= 1_000_000; id++) {
            // the demo's apprentices of a size of a million, most of them born in a handful of years
            String ine = DemoApprentices.ine(id, 2005 + (int) (id % 4), random);
            assertThat(ines.add(ine)).as(ine).isTrue();
            if (id % 10_000 == 0) {
                assertThat(Identifiers.checkIne(ine)).as(ine).isEmpty();
            }
        }
        assertThat(ines).hasSize(1_000_000);
    }
}
