package org.trio.contract.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.trio.shared.Problem;

/**
 * The CERFA FA13 date controls (lifecycle.md §4) as a pure function: contract of 6 months to 4 years 6 months; training
 * start within 3 months of the contract start (a contract after a rupture, type 23, may start long after the training
 * began, since the apprentice went on as stagiaire); contract ending at most 3 months after the training; apprentice aged 16
 * to 29 at the start (15 after collège; derogations 11 and 12, or 50 for both); maître d'apprentissage adult at the
 * start; practical training in the company within the contract.
 */
final class ContractChecks {

    static final Period MIN_DURATION = Period.ofMonths(6);
    static final Period MAX_DURATION = Period.of(4, 6, 0);
    static final Period TRAINING_START_TOLERANCE = Period.ofMonths(3);
    static final Period END_AFTER_TRAINING = Period.ofMonths(3);

    /** What the controls need; null dates are reported by the form's own "required" messages. */
    record Facts(
            LocalDate conclusion,
            LocalDate start,
            LocalDate practicalStart,
            LocalDate end,
            LocalDate sessionStart,
            LocalDate sessionEnd,
            LocalDate apprenticeBirth,
            boolean collegeCompleted,
            String derogation,
            LocalDate mentor1Birth,
            LocalDate mentor2Birth,
            boolean afterRupture) {}

    private ContractChecks() {}

    static List<Problem> check(Facts facts) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = facts.start();
        LocalDate end = facts.end();
        if (start == null || end == null) {
            return problems;
        }
        if (end.isBefore(start)) {
            problems.add(Problem.of("endDate", "contract.end.before-start"));
            return problems;
        }
        LocalDate dayAfterEnd = end.plusDays(1);
        if (dayAfterEnd.isBefore(start.plus(MIN_DURATION))) {
            problems.add(Problem.of("endDate", "contract.duration.short"));
        }
        if (dayAfterEnd.isAfter(start.plus(MAX_DURATION))) {
            problems.add(Problem.of("endDate", "contract.duration.long"));
        }
        if (facts.conclusion() != null && facts.conclusion().isAfter(start.plusMonths(1))) {
            problems.add(Problem.of("conclusionDate", "contract.conclusion.late"));
        }
        if (facts.practicalStart() != null
                && (facts.practicalStart().isBefore(start)
                        || facts.practicalStart().isAfter(end))) {
            problems.add(Problem.of("practicalTrainingStart", "contract.practical.outside"));
        }
        boolean startedTooEarly = !facts.afterRupture()
                && facts.sessionStart() != null
                && facts.sessionStart().isBefore(start.minus(TRAINING_START_TOLERANCE));
        if (startedTooEarly
                || (facts.sessionStart() != null
                        && facts.sessionStart().isAfter(start.plus(TRAINING_START_TOLERANCE)))) {
            problems.add(Problem.of("startDate", "contract.training-start.far"));
        }
        if (facts.sessionEnd() != null && end.isAfter(facts.sessionEnd().plus(END_AFTER_TRAINING))) {
            problems.add(Problem.of("endDate", "contract.end.after-training"));
        }
        checkAge(facts, problems);
        checkMentorAge("mentor1Id", facts.mentor1Birth(), start, problems);
        checkMentorAge("mentor2Id", facts.mentor2Birth(), start, problems);
        return problems;
    }

    private static void checkAge(Facts facts, List<Problem> problems) {
        if (facts.apprenticeBirth() == null) {
            return;
        }
        int age = Period.between(facts.apprenticeBirth(), facts.start()).getYears();
        String derogation = facts.derogation() == null ? "" : facts.derogation();
        boolean youngAllowed = derogation.equals("11") || derogation.equals("50");
        boolean oldAllowed = derogation.equals("12") || derogation.equals("50");
        if (age < 16 && !youngAllowed && !(age == 15 && facts.collegeCompleted())) {
            problems.add(Problem.of("derogation", "contract.age.young", age));
        }
        if (age > 29 && !oldAllowed) {
            problems.add(Problem.of("derogation", "contract.age.old", age));
        }
    }

    private static void checkMentorAge(String field, LocalDate birth, LocalDate start, List<Problem> problems) {
        if (birth != null && Period.between(birth, start).getYears() < 18) {
            problems.add(Problem.of(field, "contract.mentor.minor"));
        }
    }
}
