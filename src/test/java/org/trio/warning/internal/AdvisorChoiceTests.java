package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvisorChoiceTests {

    @Test
    void keepsTheCjeAlreadyFollowingTheEmployer() {
        assertThat(AdvisorChoice.choose(12L, List.of(11L, 12L), Map.of(11L, 0, 12L, 40)))
                .contains(12L);
    }

    @Test
    void givesANewEmployerToTheCjeFollowingTheFewestContracts() {
        assertThat(AdvisorChoice.choose(null, List.of(11L, 12L, 13L), Map.of(11L, 5, 12L, 3, 13L, 4)))
                .contains(12L);
    }

    @Test
    void takesTurnsOnATie() {
        assertThat(AdvisorChoice.choose(null, List.of(13L, 11L), Map.of())).contains(11L);
    }

    @Test
    void ignoresACjeWhoLeftTheCfa() {
        assertThat(AdvisorChoice.choose(99L, List.of(11L), Map.of())).contains(11L);
    }

    @Test
    void assignsNobodyWhenTheCfaHasNoCje() {
        assertThat(AdvisorChoice.choose(99L, List.of(), Map.of())).isEmpty();
    }
}
