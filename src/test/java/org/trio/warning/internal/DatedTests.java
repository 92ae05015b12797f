package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatedTests {

    private static final List<Dated<Integer>> ROWS = List.of(
            new Dated<>(null, LocalDate.of(2000, 1, 1), null, 40),
            new Dated<>(7L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 35),
            new Dated<>(7L, LocalDate.of(2026, 1, 1), null, 30));

    @Test
    void appliesTheDefaultToANetworkWithoutRowsOfItsOwn() {
        assertThat(Dated.on(ROWS, 9L, LocalDate.of(2025, 6, 1))).contains(40);
        assertThat(Dated.on(ROWS, null, LocalDate.of(2025, 6, 1))).contains(40);
    }

    @Test
    void appliesTheNetworksOwnValueOnItsDays() {
        assertThat(Dated.on(ROWS, 7L, LocalDate.of(2024, 12, 31))).contains(40);
        assertThat(Dated.on(ROWS, 7L, LocalDate.of(2025, 12, 31))).contains(35);
        assertThat(Dated.on(ROWS, 7L, LocalDate.of(2026, 1, 1))).contains(30);
    }

    @Test
    void findsNothingBeforeTheFirstRow() {
        assertThat(Dated.on(ROWS, 7L, LocalDate.of(1999, 12, 31))).isEmpty();
    }
}
