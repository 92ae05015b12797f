package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTests {

    private static List<Calibration.Observation> population(int high, int rupturesHigh, int low, int rupturesLow) {
        int highMask = Calibration.mask(List.of(RiskFactor.FIRST_YEAR_CAP));
        return List.of(
                new Calibration.Observation(50, highMask, true, rupturesHigh),
                new Calibration.Observation(50, highMask, false, high - rupturesHigh),
                new Calibration.Observation(0, 0, true, rupturesLow),
                new Calibration.Observation(0, 0, false, low - rupturesLow));
    }

    @Test
    void measuresTheShareOfRupturesAmongTheTopFifthOfScores() {
        Calibration.Result result = Calibration.compute(population(20, 8, 80, 2), 0.2);

        assertThat(result.observations()).isEqualTo(100);
        assertThat(result.ruptures()).isEqualTo(10);
        assertThat(result.capturedShare()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void sharesThePlacesOfEqualScoresAtTheCut() {
        // 30 observations tie at the top for 20 places: two thirds of their 9 ruptures are counted.
        Calibration.Result result = Calibration.compute(population(30, 9, 70, 1), 0.2);

        assertThat(result.capturedShare()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void drawsTheLiftOfEachDecile() {
        Calibration.Result result = Calibration.compute(population(20, 8, 80, 2), 0.2);

        assertThat(result.deciles()).hasSize(10);
        assertThat(result.deciles().get(0).lift()).isCloseTo(4.0, within(1e-9));
        assertThat(result.deciles().get(1).lift()).isCloseTo(4.0, within(1e-9));
        assertThat(result.deciles().get(2).lift()).isCloseTo(0.25, within(1e-9));
        assertThat(result.deciles().get(1).cumulativeCaptured()).isCloseTo(0.8, within(1e-9));
        assertThat(result.deciles().get(9).cumulativeCaptured()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void reportsEachFactorsRuptureRateWithAndWithoutIt() {
        Calibration.Result result = Calibration.compute(population(20, 8, 80, 2), 0.2);

        Calibration.FactorRate cap = result.factors().get(RiskFactor.FIRST_YEAR_CAP);
        assertThat(cap.with()).isEqualTo(20);
        assertThat(cap.rateWith()).isCloseTo(0.4, within(1e-9));
        assertThat(cap.rateWithout()).isCloseTo(0.025, within(1e-9));
        assertThat(result.factors().get(RiskFactor.SOCIAL_SITUATION).rateWith()).isNull();
    }

    @Test
    void cannotMeasureAYearWithoutRupture() {
        Calibration.Result result = Calibration.compute(population(20, 0, 80, 0), 0.2);

        assertThat(result.capturedShare()).isNull();
        assertThat(result.deciles()).allMatch(decile -> decile.lift() == null);
    }

    @Test
    void findsTheKnownCaptureOfAGeneratedPopulation() {
        // 1,000 apprentice-months with distinct scores; the ruptures are the 50 highest scores and the ranks 107, 207,
        // … 907: the top 200 hold the 50 highest and rank 107.
        SplittableRandom random = new SplittableRandom(7);
        List<Calibration.Observation> observations = new ArrayList<>();
        int othersInTop = 0;
        for (int rank = 0; rank < 1000; rank++) {
            boolean ruptured = rank < 50;
            if (!ruptured && rank % 100 == 7) {
                ruptured = true;
                othersInTop += rank < 200 ? 1 : 0;
            }
            observations.add(new Calibration.Observation(10_000 - rank, random.nextInt(4), ruptured));
        }
        int ruptures = (int)
                observations.stream().filter(Calibration.Observation::ruptured).count();

        Calibration.Result result = Calibration.compute(observations, 0.2);

        assertThat(ruptures).isEqualTo(59);
        assertThat(othersInTop).isEqualTo(1);
        assertThat(result.capturedShare()).isCloseTo(51.0 / 59, within(1e-9));
        assertThat(result.deciles().get(0).ruptures()).isCloseTo(50.0, within(1e-9));
        assertThat(result.deciles().get(1).ruptures()).isCloseTo(1.0, within(1e-9));
    }
}
