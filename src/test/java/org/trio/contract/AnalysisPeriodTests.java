package org.trio.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalysisPeriodTests {

    private static final LocalDate START = LocalDate.of(2021, 9, 1);

    @Test
    void classifiesTheLastDayOfTheSecondMonthAsTrial() {
        assertThat(AnalysisPeriod.of(START, LocalDate.of(2023, 8, 31), LocalDate.of(2021, 10, 31)))
                .isEqualTo(AnalysisPeriod.TRIAL);
    }

    @Test
    void classifiesARuptureExactlyTwoMonthsAfterTheStartAsIntermediate() {
        assertThat(AnalysisPeriod.of(START, LocalDate.of(2023, 8, 31), LocalDate.of(2021, 11, 1)))
                .isEqualTo(AnalysisPeriod.INTERMEDIATE);
    }

    @Test
    void classifiesARuptureOnTheFirstDayAsTrial() {
        assertThat(AnalysisPeriod.of(START, LocalDate.of(2023, 8, 31), START)).isEqualTo(AnalysisPeriod.TRIAL);
    }

    @Test
    void classifiesRuptureOnFirstJuneOfATenMonthContractAsPostExam() {
        LocalDate tenMonthsEnd = LocalDate.of(2022, 6, 30);
        assertThat(AnalysisPeriod.of(START, tenMonthsEnd, LocalDate.of(2022, 6, 1)))
                .isEqualTo(AnalysisPeriod.POST_EXAM);
    }

    @Test
    void classifiesRuptureOnThirtyFirstAugustOfATenMonthContractAsPostExam() {
        LocalDate start = LocalDate.of(2021, 11, 1);
        LocalDate tenMonthsEnd = LocalDate.of(2022, 8, 31);
        assertThat(AnalysisPeriod.of(start, tenMonthsEnd, LocalDate.of(2022, 8, 31)))
                .isEqualTo(AnalysisPeriod.POST_EXAM);
    }

    @Test
    void classifiesRuptureInJulyOfANineMonthContractAsIntermediate() {
        LocalDate start = LocalDate.of(2021, 11, 1);
        LocalDate nineMonthsEnd = LocalDate.of(2022, 7, 31);
        assertThat(AnalysisPeriod.of(start, nineMonthsEnd, LocalDate.of(2022, 7, 15)))
                .isEqualTo(AnalysisPeriod.INTERMEDIATE);
    }

    @Test
    void classifiesRuptureInSeptemberOfALongContractAsIntermediate() {
        assertThat(AnalysisPeriod.of(START, LocalDate.of(2023, 8, 31), LocalDate.of(2022, 9, 1)))
                .isEqualTo(AnalysisPeriod.INTERMEDIATE);
    }

    @Test
    void prefersTrialWhenASummerContractBreaksInItsFirstMonths() {
        LocalDate start = LocalDate.of(2022, 6, 1);
        assertThat(AnalysisPeriod.of(start, LocalDate.of(2024, 5, 31), LocalDate.of(2022, 7, 15)))
                .isEqualTo(AnalysisPeriod.TRIAL);
    }
}
