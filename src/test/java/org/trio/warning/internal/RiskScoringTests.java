package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trio.referential.DiplomaType;
import org.trio.warning.SignalCategory;

class RiskScoringTests {

    private static final RiskWeights WEIGHTS = new RiskWeights(Map.of(
            RiskFactor.FIRST_YEAR_CAP, 20,
            RiskFactor.NO_PRIOR_DIPLOMA, 15,
            RiskFactor.CONTRACT_FIRST_TWO_MONTHS, 15,
            RiskFactor.TRIAL_VISIT_MISSING, 10,
            RiskFactor.UNJUSTIFIED_ABSENCES, 15,
            RiskFactor.COMPANY_CONFLICT, 20,
            RiskFactor.SOCIAL_SITUATION, 15,
            RiskFactor.OTHER_SIGNAL, 5));
    private static final LocalDate DAY = LocalDate.of(2025, 10, 15);

    @Test
    void recognisesTheSeedsRiskFactorsInAnApprenticesSituation() {
        var facts = new RiskScoring.Facts(
                DiplomaType.CAP,
                1,
                "01",
                LocalDate.of(2025, 9, 1),
                EnumSet.of(SignalCategory.ABSENCES, SignalCategory.COMPANY_CONFLICT, SignalCategory.CALL_OVERDUE));

        assertThat(RiskScoring.factors(facts, DAY))
                .containsExactlyInAnyOrder(
                        RiskFactor.FIRST_YEAR_CAP,
                        RiskFactor.NO_PRIOR_DIPLOMA,
                        RiskFactor.CONTRACT_FIRST_TWO_MONTHS,
                        RiskFactor.UNJUSTIFIED_ABSENCES,
                        RiskFactor.COMPANY_CONFLICT);
    }

    @Test
    void addsTheWeightOfEachFactorAndShowsEachContribution() {
        RiskScoring.Score score = RiskScoring.score(
                EnumSet.of(RiskFactor.FIRST_YEAR_CAP, RiskFactor.SOCIAL_SITUATION, RiskFactor.OTHER_SIGNAL), WEIGHTS);

        assertThat(score.total()).isEqualTo(40);
        assertThat(score.socialPoints()).isEqualTo(15);
        assertThat(score.contributions())
                .containsExactly(
                        new RiskScoring.Contribution(RiskFactor.FIRST_YEAR_CAP, 20),
                        new RiskScoring.Contribution(RiskFactor.SOCIAL_SITUATION, 15),
                        new RiskScoring.Contribution(RiskFactor.OTHER_SIGNAL, 5));
    }

    @Test
    void hidesTheSocialFactorFromRolesThatMayNotReadSocialData() {
        RiskScoring.Score score =
                RiskScoring.score(EnumSet.of(RiskFactor.NO_PRIOR_DIPLOMA, RiskFactor.SOCIAL_SITUATION), WEIGHTS);

        assertThat(score.visibleTotal(true)).isEqualTo(30);
        assertThat(score.visibleTotal(false)).isEqualTo(15);
    }

    @Test
    void countsTheFirstTwoMonthsOfTheContractOnly() {
        var facts = new RiskScoring.Facts(DiplomaType.BP, 1, "04", LocalDate.of(2025, 9, 1), Set.of());
        assertThat(RiskScoring.factors(facts, LocalDate.of(2025, 10, 31)))
                .contains(RiskFactor.CONTRACT_FIRST_TWO_MONTHS);
        assertThat(RiskScoring.factors(facts, LocalDate.of(2025, 11, 1))).isEmpty();
    }

    @Test
    void findsNoFactorForASecondYearBtsWithADiplomaAndNoSignal() {
        var facts = new RiskScoring.Facts(DiplomaType.BTS, 2, "08", LocalDate.of(2024, 9, 1), Set.of());
        assertThat(RiskScoring.score(facts, DAY, WEIGHTS).total()).isZero();
    }

    @Test
    void storesFactorsAsTextAndReadsThemBack() {
        Set<RiskFactor> factors = EnumSet.of(RiskFactor.OTHER_SIGNAL, RiskFactor.FIRST_YEAR_CAP);
        String text = RiskScoring.encode(factors);
        assertThat(text).isEqualTo("FIRST_YEAR_CAP,OTHER_SIGNAL");
        assertThat(RiskScoring.decode(text)).isEqualTo(factors);
        assertThat(RiskScoring.encode(Set.of())).isEmpty();
        assertThat(RiskScoring.decode("")).isEmpty();
    }

    @Test
    void knowsTheHighestPossibleScore() {
        assertThat(WEIGHTS.maximum()).isEqualTo(115);
    }
}
