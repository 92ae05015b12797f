package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trio.TrioIntegrationTest;
import org.trio.referential.DiplomaType;
import org.trio.shared.SchoolYear;

/**
 * The calibration on a generated school year whose answer is known: 10 CAP first-year apprentices without diploma
 * (score 35, 50 in their first two months), 5 of whom break their contract in October; 40 second-year BTS apprentices
 * (score 0, 15 in their first two months), 4 of whom break theirs in December.
 */
@TrioIntegrationTest
class CalibrationIntegrationTests {

    private static final SchoolYear YEAR = new SchoolYear(2023);
    private static final LocalDate START = LocalDate.of(2023, 9, 1);
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    @Autowired
    CalibrationService calibrations;

    @Autowired
    FollowUp followUp;

    @Test
    void measuresTheRupturesCapturedByTheTopFifthAndTheLiftOfTheFirstDecile() {
        WarningFixtures fixtures = new WarningFixtures(followUp);
        for (int i = 0; i < 10; i++) {
            FollowUp.Enrolment risky = fixtures.enrolment(DiplomaType.CAP, 1, "01", START, END);
            fixtures.contract(risky, START, END, i < 5 ? LocalDate.of(2023, 10, 20) : null);
        }
        for (int i = 0; i < 40; i++) {
            FollowUp.Enrolment safe = fixtures.enrolment(DiplomaType.BTS, 2, "08", START, END);
            fixtures.contract(safe, START, END, i < 4 ? LocalDate.of(2023, 12, 10) : null);
        }

        long id = calibrations.calibrate(fixtures.network, fixtures.cfa, YEAR, "Test");

        CalibrationService.Stored stored = calibrations.find(id).orElseThrow();
        // Apprentice-months: 5×2 + 5×11 risky, 4×4 + 36×11 safe.
        assertThat(stored.observations()).isEqualTo(477);
        assertThat(stored.ruptures()).isEqualTo(9);
        // The top 20 % (95.4 places) hold the 20 months scored 50, where the 5 October ruptures are.
        assertThat(stored.capturedShare()).isCloseTo(5.0 / 9, within(1e-4));
        List<CalibrationService.StoredDecile> deciles = calibrations.deciles(id);
        assertThat(deciles).hasSize(10);
        assertThat(deciles.get(0).lift()).isCloseTo(50.0 / 9, within(1e-3));
        assertThat(deciles.get(9).cumulativeCaptured()).isCloseTo(1.0, within(1e-4));
        CalibrationService.StoredFactor cap = calibrations.factors(id).stream()
                .filter(factor -> factor.factor().equals("FIRST_YEAR_CAP"))
                .findFirst()
                .orElseThrow();
        assertThat(cap.withFactor()).isEqualTo(65);
        assertThat(cap.rupturesWith()).isEqualTo(5);
        assertThat(cap.weight()).isEqualTo(20);
        assertThat(calibrations.latest(fixtures.network, fixtures.cfa))
                .map(CalibrationService.Stored::id)
                .contains(id);
    }
}
