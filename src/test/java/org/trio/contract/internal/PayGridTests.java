package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayGridTests {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);

    private static List<PayGrid.Rate> grid() {
        int[][] percents = {{27, 43, 53, 100}, {39, 51, 61, 100}, {55, 67, 78, 100}};
        int[][] bands = {{0, 17}, {18, 20}, {21, 25}, {26, 99}};
        List<PayGrid.Rate> rates = new ArrayList<>();
        for (int year = 1; year <= 3; year++) {
            for (int band = 0; band < 4; band++) {
                rates.add(new PayGrid.Rate(
                        year,
                        bands[band][0],
                        bands[band][1],
                        BigDecimal.valueOf(percents[year - 1][band]),
                        FROM,
                        null));
            }
        }
        return rates;
    }

    @Test
    void paysEachContractYearByTheAgeAtItsStart() {
        List<PayGrid.YearPay> schedule = PayGrid.schedule(
                grid(), LocalDate.of(2008, 10, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31));
        assertThat(schedule)
                .extracting(PayGrid.YearPay::age, pay -> pay.percent().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(16, 27), org.assertj.core.groups.Tuple.tuple(17, 39));
    }

    @Test
    void usesTheThirdYearRateForAFourthYear() {
        assertThat(PayGrid.percent(grid(), 4, 22, LocalDate.of(2025, 9, 1))).contains(BigDecimal.valueOf(78));
    }

    @Test
    void paysTheSmicFromTwentySix() {
        assertThat(PayGrid.percent(grid(), 1, 26, LocalDate.of(2025, 9, 1))).contains(BigDecimal.valueOf(100));
    }
}
