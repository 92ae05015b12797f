package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trio.TrioIntegrationTest;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/** The dated settings of a network of the test's own: a change applies from its day and never rewrites the past. */
@TrioIntegrationTest
class WarningSettingsIntegrationTests {

    @Autowired
    WarningSettings settings;

    @Autowired
    Clock clock;

    @Test
    void appliesANewThresholdFromItsDayOnAndClosesThePreviousOne() {
        long network = WarningFixtures.id();
        LocalDate today = LocalDate.now(clock);

        settings.changeThreshold(network, Threshold.CALL_OVERDUE_DAYS, 10, today.plusDays(1), "Test");
        settings.changeThreshold(network, Threshold.CALL_OVERDUE_DAYS, 14, today.plusDays(30), "Test");

        assertThat(settings.threshold(Threshold.CALL_OVERDUE_DAYS, network, today))
                .isEqualTo(7);
        assertThat(settings.threshold(Threshold.CALL_OVERDUE_DAYS, network, today.plusDays(1)))
                .isEqualTo(10);
        assertThat(settings.threshold(Threshold.CALL_OVERDUE_DAYS, network, today.plusDays(29)))
                .isEqualTo(10);
        assertThat(settings.threshold(Threshold.CALL_OVERDUE_DAYS, network, today.plusDays(30)))
                .isEqualTo(14);
        assertThat(settings.threshold(Threshold.CALL_OVERDUE_DAYS, WarningFixtures.id(), today.plusDays(30)))
                .isEqualTo(7);
    }

    @Test
    void changesAWeightAndTheCallCalendarOfOneNetworkOnly() {
        long network = WarningFixtures.id();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        settings.changeWeight(network, RiskFactor.FIRST_YEAR_CAP, 30, tomorrow, "Test");
        settings.changeCallPolicy(network, tomorrow, new CallPolicy(List.of(2), 10, 3, 4, 5), "Test");

        assertThat(settings.weights(network, tomorrow).of(RiskFactor.FIRST_YEAR_CAP))
                .isEqualTo(30);
        assertThat(settings.weights(network, tomorrow.minusDays(1)).of(RiskFactor.FIRST_YEAR_CAP))
                .isEqualTo(20);
        assertThat(settings.callPolicy(network, tomorrow)).isEqualTo(new CallPolicy(List.of(2), 10, 3, 4, 5));
        assertThat(settings.callPolicy(WarningFixtures.id(), tomorrow).earlyWeeks())
                .containsExactly(1, 3);
    }

    @Test
    void refusesToRewriteThePastOrToGoOutOfRange() {
        long network = WarningFixtures.id();
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() ->
                        settings.changeThreshold(network, Threshold.HIGH_RISK_SCORE, 50, today.minusDays(1), "Test"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("warning.settings.validFrom.past"));
        assertThatThrownBy(() -> settings.changeThreshold(network, Threshold.HIGH_RISK_SCORE, 0, today, "Test"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("value"));
        assertThat(settings.threshold(Threshold.HIGH_RISK_SCORE, network, today))
                .isEqualTo(40);
    }
}
