package org.trio.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTests {

    @Test
    void derivesEasterMondayAscensionAndWhitMonday() {
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.of(2025))
                .contains(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void treatsWeekendsAndHolidaysAsNonWorkingDays() {
        assertThat(PublicHolidays.isWorkingDay(LocalDate.of(2025, 11, 11))).isFalse();
        assertThat(PublicHolidays.isWorkingDay(LocalDate.of(2025, 11, 15))).isFalse();
        assertThat(PublicHolidays.isWorkingDay(LocalDate.of(2025, 11, 12))).isTrue();
    }
}
