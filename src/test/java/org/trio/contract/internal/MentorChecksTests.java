package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trio.shared.Problem;

class MentorChecksTests {

    private static MentorChecks.Outcome check(Integer level, Integer years, int inForce, int extended) {
        return MentorChecks.check(new MentorChecks.Facts("mentor1Id", level, years, 3, inForce, extended));
    }

    @Test
    void qualifiesADiplomaOfTheLevelWithOneYearOfActivity() {
        assertThat(check(3, 1, 0, 0).problems()).isEmpty();
    }

    @Test
    void qualifiesTwoYearsOfActivityWithoutDiploma() {
        assertThat(check(null, 2, 0, 0).problems()).isEmpty();
    }

    @Test
    void refusesALowerDiplomaWithOneYearOfActivity() {
        assertThat(check(2, 1, 0, 0).problems())
                .extracting(Problem::code)
                .containsExactly("mentor.qualification.insufficient");
    }

    @Test
    void warnsWhenTheExperienceIsUnknown() {
        MentorChecks.Outcome outcome = check(4, null, 0, 0);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.warnings()).extracting(Problem::code).containsExactly("mentor.qualification.unknown");
    }

    @Test
    void refusesAThirdApprenticeUnlessOneWasExtendedAfterAnExamFailure() {
        assertThat(check(3, 5, 1, 0).problems()).isEmpty();
        assertThat(check(3, 5, 2, 0).problems()).extracting(Problem::code).containsExactly("mentor.load.full");
        assertThat(check(3, 5, 2, 1).problems()).isEmpty();
        assertThat(check(3, 5, 3, 2).problems()).extracting(Problem::code).containsExactly("mentor.load.full");
    }
}
