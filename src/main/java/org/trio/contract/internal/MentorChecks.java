package org.trio.contract.internal;

import java.util.ArrayList;
import java.util.List;
import org.trio.shared.Problem;

/**
 * The default qualification and load rules of a maître d'apprentissage (no branch agreement): a diploma in the same
 * field of at least the level of the diploma prepared and one year of related activity, or two years of related
 * activity; at most two apprentices at once, plus one whose training was extended after an exam failure.
 */
final class MentorChecks {

    static final int MAX_APPRENTICES = 2;

    /**
     * What is known of the maître.
     *
     * @param diplomaLevel level (3–8) of the maître's diploma in the trade, null when unknown
     * @param experienceYears years of activity related to the diploma prepared, null when unknown
     * @param apprenticesInForce other contracts of this maître in force at the start
     * @param extendedAfterExamFailure among them, those extended after an exam failure (amendment 33)
     */
    record Facts(
            String field,
            Integer diplomaLevel,
            Integer experienceYears,
            int programmeLevel,
            int apprenticesInForce,
            int extendedAfterExamFailure) {}

    /** Blocking problems and warnings (when the file lacks what the rule needs). */
    record Outcome(List<Problem> problems, List<Problem> warnings) {}

    private MentorChecks() {}

    static Outcome check(Facts facts) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Integer experience = facts.experienceYears();
        Integer level = facts.diplomaLevel();
        if (experience == null) {
            warnings.add(Problem.of(facts.field(), "mentor.qualification.unknown"));
        } else {
            boolean byDiploma = level != null && level >= facts.programmeLevel() && experience >= 1;
            boolean byExperience = experience >= 2;
            if (!byDiploma && !byExperience) {
                problems.add(Problem.of(facts.field(), "mentor.qualification.insufficient", facts.programmeLevel()));
            }
        }
        int allowed = MAX_APPRENTICES + Math.min(1, facts.extendedAfterExamFailure());
        if (facts.apprenticesInForce() >= allowed) {
            problems.add(Problem.of(facts.field(), "mentor.load.full", facts.apprenticesInForce()));
        }
        return new Outcome(problems, warnings);
    }
}
