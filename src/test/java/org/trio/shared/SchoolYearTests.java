package org.trio.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearTests {

    @Test
    void runsFromFirstAugustToThirtyFirstJuly() {
        assertThat(SchoolYear.of(LocalDate.of(2025, 7, 31)).label()).isEqualTo("2024-2025");
        assertThat(SchoolYear.of(LocalDate.of(2025, 8, 1)).label()).isEqualTo("2025-2026");
        assertThat(SchoolYear.parse("2024-2025").end()).isEqualTo(LocalDate.of(2025, 7, 31));
    }

    @Test
    void refusesLabelsWhoseYearsDoNotFollow() {
        assertThatThrownBy(() -> SchoolYear.parse("2024-2026")).hasMessageContaining("se suivre");
        assertThat(SchoolYear.isValidLabel("2024/2025")).isFalse();
    }
}
