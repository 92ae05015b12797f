package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.shared.Problem;

class RuptureChecksTests {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 8, 31);

    private static RuptureChecks.Outcome check(
            LocalDate rupture,
            RuptureInitiative initiative,
            RuptureLegalMode mode,
            Integer days,
            boolean estimated,
            LocalDate mediator,
            LocalDate informed,
            boolean minor,
            boolean signed) {
        return RuptureChecks.check(new RuptureChecks.Facts(
                START, END, rupture, initiative, mode, days, estimated, mediator, informed, minor, signed));
    }

    @Test
    void acceptsATrialPeriodRuptureOnTheFortyFifthCompanyDay() {
        assertThat(check(
                                START.plusDays(60),
                                RuptureInitiative.EMPLOYER,
                                RuptureLegalMode.TRIAL_PERIOD,
                                45,
                                false,
                                null,
                                null,
                                false,
                                false)
                        .problems())
                .isEmpty();
    }

    @Test
    void refusesATrialPeriodRuptureAfterFortyFiveKnownCompanyDays() {
        assertThat(check(
                                START.plusDays(80),
                                RuptureInitiative.EMPLOYER,
                                RuptureLegalMode.TRIAL_PERIOD,
                                46,
                                false,
                                null,
                                null,
                                false,
                                false)
                        .problems())
                .extracting(Problem::code)
                .containsExactly("rupture.trial.over");
    }

    @Test
    void onlyWarnsWhenTheCompanyDaysAreEstimated() {
        RuptureChecks.Outcome outcome = check(
                START.plusDays(80),
                RuptureInitiative.APPRENTICE,
                RuptureLegalMode.TRIAL_PERIOD,
                50,
                true,
                null,
                null,
                false,
                false);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.warnings()).extracting(Problem::code).containsExactly("rupture.trial.estimated-over");
    }

    @Test
    void checksTheFiveAndSevenDaysOfAResignationAfterTheMediator() {
        LocalDate contact = LocalDate.of(2026, 3, 2);
        assertThat(check(
                                contact.plusDays(12),
                                RuptureInitiative.APPRENTICE,
                                RuptureLegalMode.RESIGNATION_AFTER_MEDIATOR,
                                null,
                                false,
                                contact,
                                contact.plusDays(5),
                                false,
                                false)
                        .problems())
                .isEmpty();
        assertThat(check(
                                contact.plusDays(10),
                                RuptureInitiative.APPRENTICE,
                                RuptureLegalMode.RESIGNATION_AFTER_MEDIATOR,
                                null,
                                false,
                                contact,
                                contact.plusDays(4),
                                false,
                                false)
                        .problems())
                .extracting(Problem::code)
                .containsExactly("rupture.mediator.too-soon", "rupture.resignation.too-soon");
    }

    @Test
    void checksTheMonthOfNoticeAfterTheDiploma() {
        LocalDate informed = LocalDate.of(2026, 6, 15);
        assertThat(check(
                                informed.plusMonths(1),
                                RuptureInitiative.APPRENTICE,
                                RuptureLegalMode.DIPLOMA_OBTAINED,
                                null,
                                false,
                                null,
                                informed,
                                false,
                                false)
                        .problems())
                .isEmpty();
        assertThat(check(
                                informed.plusMonths(1).minusDays(1),
                                RuptureInitiative.APPRENTICE,
                                RuptureLegalMode.DIPLOMA_OBTAINED,
                                null,
                                false,
                                null,
                                informed,
                                false,
                                false)
                        .problems())
                .extracting(Problem::code)
                .containsExactly("rupture.diploma.notice");
    }

    @Test
    void requiresTheLegalRepresentativeOfAMinor() {
        assertThat(check(
                                START.plusMonths(5),
                                RuptureInitiative.MUTUAL,
                                RuptureLegalMode.MUTUAL_AGREEMENT,
                                null,
                                false,
                                null,
                                null,
                                true,
                                false)
                        .problems())
                .extracting(Problem::code)
                .containsExactly("rupture.minor.cosign");
    }

    @Test
    void refusesADismissalOnTheApprenticesInitiative() {
        assertThat(check(
                                START.plusMonths(5),
                                RuptureInitiative.APPRENTICE,
                                RuptureLegalMode.DISMISSAL_SERIOUS_MISCONDUCT,
                                null,
                                false,
                                null,
                                null,
                                false,
                                false)
                        .problems())
                .extracting(Problem::code)
                .containsExactly("rupture.initiative.mismatch");
    }
}
