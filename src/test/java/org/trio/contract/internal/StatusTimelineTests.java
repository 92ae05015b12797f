package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trio.contract.ApprenticeStatus.APPRENTICE;
import static org.trio.contract.ApprenticeStatus.DROPOUT;
import static org.trio.contract.ApprenticeStatus.TERMINATED;
import static org.trio.contract.ApprenticeStatus.TRAINING_ENDED;
import static org.trio.contract.ApprenticeStatus.WITHOUT_CONTRACT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.internal.StatusTimeline.Period;
import org.trio.contract.internal.StatusTimeline.Span;

class StatusTimelineTests {

    private static final LocalDate SESSION_START = LocalDate.of(2021, 9, 1);
    private static final LocalDate SESSION_END = LocalDate.of(2023, 6, 30);

    private static List<Period> timeline(LocalDate exclusion, Span... contracts) {
        return StatusTimeline.compute(SESSION_START, SESSION_END, exclusion, List.of(contracts));
    }

    private static ApprenticeStatus on(List<Period> periods, LocalDate day) {
        return StatusTimeline.statusOn(periods, day);
    }

    @Test
    void countsAContractToItsEndAndTheLastDayAsEndOfTraining() {
        List<Period> periods = timeline(null, new Span(SESSION_START, LocalDate.of(2023, 8, 31), null));
        assertThat(periods)
                .containsExactly(
                        new Period(APPRENTICE, SESSION_START, SESSION_END.minusDays(1)),
                        new Period(TRAINING_ENDED, SESSION_END, SESSION_END));
    }

    @Test
    void endsTheContractTheDayBeforeItsRupture() {
        LocalDate rupture = LocalDate.of(2022, 1, 10);
        List<Period> periods = timeline(null, new Span(SESSION_START, LocalDate.of(2023, 8, 31), rupture));
        assertThat(on(periods, rupture.minusDays(1))).isEqualTo(APPRENTICE);
        assertThat(on(periods, rupture)).isEqualTo(TERMINATED);
    }

    @Test
    void makesARuptureOnTheContractsFirstDayATerminationFromThatDay() {
        LocalDate start = LocalDate.of(2021, 10, 4);
        List<Period> periods = timeline(null, new Span(start, LocalDate.of(2023, 8, 31), start));
        assertThat(on(periods, start.minusDays(1))).isEqualTo(WITHOUT_CONTRACT);
        assertThat(on(periods, start)).isEqualTo(TERMINATED);
        assertThat(periods).noneMatch(period -> period.status() == APPRENTICE);
    }

    @Test
    void startsTheTimelineWithAContractStartingBeforeTheSession() {
        LocalDate start = LocalDate.of(2021, 7, 5);
        List<Period> periods = timeline(null, new Span(start, LocalDate.of(2023, 7, 4), null));
        assertThat(periods.get(0)).isEqualTo(new Period(APPRENTICE, start, SESSION_END.minusDays(1)));
        assertThat(on(periods, start.minusDays(1))).isEqualTo(WITHOUT_CONTRACT);
    }

    @Test
    void keepsTheNeverContractedInscritOnDayNinetyAndDropsThemOnDayNinetyOne() {
        List<Period> periods = timeline(null);
        assertThat(on(periods, SESSION_START.plusDays(89))).isEqualTo(WITHOUT_CONTRACT);
        assertThat(on(periods, SESSION_START.plusDays(90))).isEqualTo(DROPOUT);
    }

    @Test
    void makesANewContractAnApprenticeAgainAfterADropout() {
        LocalDate late = SESSION_START.plusDays(120);
        List<Period> periods = timeline(null, new Span(late, LocalDate.of(2023, 8, 31), null));
        assertThat(on(periods, late.minusDays(1))).isEqualTo(DROPOUT);
        assertThat(on(periods, late)).isEqualTo(APPRENTICE);
    }

    @Test
    void keepsTheRupturantOnDayOneHundredEightyAndDropsThemOnDayOneHundredEightyOne() {
        LocalDate rupture = LocalDate.of(2021, 11, 15);
        List<Period> periods = timeline(null, new Span(SESSION_START, LocalDate.of(2023, 8, 31), rupture));
        assertThat(on(periods, rupture.plusDays(179))).isEqualTo(TERMINATED);
        assertThat(on(periods, rupture.plusDays(180))).isEqualTo(DROPOUT);
    }

    @Test
    void countsTheTwentyNinthOfFebruaryAmongTheDaysWithoutContract() {
        LocalDate rupture = LocalDate.of(2023, 10, 2);
        List<Period> periods = StatusTimeline.compute(
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2025, 6, 30),
                null,
                List.of(new Span(LocalDate.of(2023, 9, 1), LocalDate.of(2025, 8, 31), rupture)));
        LocalDate dayOneHundredEighty = rupture.plusDays(179);
        assertThat(dayOneHundredEighty).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(on(periods, dayOneHundredEighty)).isEqualTo(TERMINATED);
        assertThat(on(periods, LocalDate.of(2024, 3, 30))).isEqualTo(DROPOUT);
    }

    @Test
    void countsNinetyDaysAcrossALeapDayForTheNeverContracted() {
        LocalDate start = LocalDate.of(2024, 1, 2);
        List<Period> periods = StatusTimeline.compute(start, LocalDate.of(2025, 6, 30), null, List.of());
        assertThat(on(periods, LocalDate.of(2024, 3, 31))).isEqualTo(WITHOUT_CONTRACT);
        assertThat(on(periods, LocalDate.of(2024, 4, 1))).isEqualTo(DROPOUT);
    }

    @Test
    void marksEveryDayFromTheExclusionAsDropoutEvenUnderContract() {
        LocalDate exclusion = LocalDate.of(2022, 3, 14);
        List<Period> periods = timeline(exclusion, new Span(SESSION_START, LocalDate.of(2023, 8, 31), null));
        assertThat(on(periods, exclusion.minusDays(1))).isEqualTo(APPRENTICE);
        assertThat(on(periods, exclusion)).isEqualTo(DROPOUT);
        assertThat(on(periods, SESSION_END)).isEqualTo(DROPOUT);
    }

    @Test
    void turnsTheDaysAfterANormalEndWithinSixtyDaysIntoEndOfTraining() {
        LocalDate contractEnd = SESSION_END.minusDays(60);
        List<Period> periods = timeline(null, new Span(SESSION_START, contractEnd, null));
        assertThat(on(periods, contractEnd)).isEqualTo(APPRENTICE);
        assertThat(on(periods, contractEnd.plusDays(1))).isEqualTo(TRAINING_ENDED);
        assertThat(on(periods, SESSION_END)).isEqualTo(TRAINING_ENDED);
    }

    @Test
    void keepsRupturantDaysWhenTheSessionEndsSixtyOneDaysAfterTheContract() {
        LocalDate contractEnd = SESSION_END.minusDays(61);
        List<Period> periods = timeline(null, new Span(SESSION_START, contractEnd, null));
        assertThat(on(periods, contractEnd.plusDays(1))).isEqualTo(TERMINATED);
        assertThat(on(periods, SESSION_END.minusDays(1))).isEqualTo(TERMINATED);
        assertThat(on(periods, SESSION_END)).isEqualTo(TRAINING_ENDED);
    }

    @Test
    void keepsTheLastDayOfABrokenContractsRupturantAsRupturant() {
        LocalDate rupture = SESSION_END.minusDays(30);
        List<Period> periods = timeline(null, new Span(SESSION_START, LocalDate.of(2023, 8, 31), rupture));
        assertThat(on(periods, SESSION_END)).isEqualTo(TERMINATED);
    }

    @Test
    void endsTheTrainingOfAnInscritOnTheLastDayOfAShortSession() {
        LocalDate start = SESSION_END.minusDays(40);
        List<Period> periods = StatusTimeline.compute(start, SESSION_END, null, List.of());
        assertThat(on(periods, SESSION_END.minusDays(1))).isEqualTo(WITHOUT_CONTRACT);
        assertThat(on(periods, SESSION_END)).isEqualTo(TRAINING_ENDED);
    }

    @Test
    void followsSuccessiveContractsWithARupturantGapBetweenThem() {
        LocalDate rupture = LocalDate.of(2022, 2, 1);
        LocalDate second = LocalDate.of(2022, 4, 4);
        List<Period> periods = timeline(
                null,
                new Span(SESSION_START, LocalDate.of(2023, 8, 31), rupture),
                new Span(second, LocalDate.of(2023, 8, 31), null));
        assertThat(periods)
                .containsExactly(
                        new Period(APPRENTICE, SESSION_START, rupture.minusDays(1)),
                        new Period(TERMINATED, rupture, second.minusDays(1)),
                        new Period(APPRENTICE, second, SESSION_END.minusDays(1)),
                        new Period(TRAINING_ENDED, SESSION_END, SESSION_END));
    }

    @Test
    void answersInscritBeforeTheFirstDayAndNothingAfterTheSession() {
        List<Period> periods = timeline(null);
        assertThat(on(periods, SESSION_START.minusDays(1))).isEqualTo(WITHOUT_CONTRACT);
        assertThat(on(periods, SESSION_END.plusDays(1))).isNull();
    }
}
