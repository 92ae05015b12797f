package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.shared.Problem;

/**
 * The legal checks of a rupture (lifecycle.md §5) as a pure function: the trial period is the first 45 days of
 * practical training in the company; a resignation after the médiateur informs the employer at least 5 days after the
 * contact and takes effect at least 7 days after informing; an apprentice who obtained the diploma informs the employer
 * at least one month before; a minor's rupture is co-signed by a legal representative; the initiative fits the mode.
 */
final class RuptureChecks {

    static final int TRIAL_COMPANY_DAYS = 45;
    static final int MEDIATOR_TO_INFORM_DAYS = 5;
    static final int INFORM_TO_EFFECT_DAYS = 7;

    private static final Set<RuptureLegalMode> EMPLOYER_MODES = EnumSet.of(
            RuptureLegalMode.DISMISSAL_FORCE_MAJEURE,
            RuptureLegalMode.DISMISSAL_SERIOUS_MISCONDUCT,
            RuptureLegalMode.DISMISSAL_UNFITNESS,
            RuptureLegalMode.DISMISSAL_DEATH_OF_SOLE_EMPLOYER,
            RuptureLegalMode.JUDICIAL_LIQUIDATION);
    private static final Set<RuptureLegalMode> APPRENTICE_MODES =
            EnumSet.of(RuptureLegalMode.RESIGNATION_AFTER_MEDIATOR, RuptureLegalMode.DIPLOMA_OBTAINED);

    /**
     * @param companyDays days of practical training in the company before the rupture (null when unknown)
     * @param companyDaysEstimated whether {@code companyDays} was estimated rather than read from the calendar
     */
    record Facts(
            LocalDate contractStart,
            LocalDate contractEnd,
            LocalDate ruptureDate,
            RuptureInitiative initiative,
            RuptureLegalMode mode,
            Integer companyDays,
            boolean companyDaysEstimated,
            LocalDate mediatorContact,
            LocalDate employerInformed,
            boolean minorAtRupture,
            boolean representativeSigned) {}

    record Outcome(List<Problem> problems, List<Problem> warnings) {}

    private RuptureChecks() {}

    static Outcome check(Facts facts) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        LocalDate rupture = facts.ruptureDate();
        if (rupture == null || facts.mode() == null || facts.initiative() == null) {
            return new Outcome(problems, warnings);
        }
        if (rupture.isBefore(facts.contractStart()) || rupture.isAfter(facts.contractEnd())) {
            problems.add(Problem.of("ruptureDate", "rupture.date.outside"));
        }
        checkInitiative(facts, problems);
        switch (facts.mode()) {
            case TRIAL_PERIOD -> checkTrial(facts, problems, warnings);
            case RESIGNATION_AFTER_MEDIATOR -> checkMediator(facts, problems);
            case DIPLOMA_OBTAINED -> checkDiplomaNotice(facts, problems);
            default -> {}
        }
        if (facts.minorAtRupture() && !facts.representativeSigned()) {
            problems.add(Problem.of("representativeSigned", "rupture.minor.cosign"));
        }
        return new Outcome(problems, warnings);
    }

    private static void checkInitiative(Facts facts, List<Problem> problems) {
        RuptureLegalMode mode = facts.mode();
        RuptureInitiative initiative = facts.initiative();
        boolean fits = mode == RuptureLegalMode.TRIAL_PERIOD
                || (mode == RuptureLegalMode.MUTUAL_AGREEMENT && initiative == RuptureInitiative.MUTUAL)
                || (EMPLOYER_MODES.contains(mode) && initiative == RuptureInitiative.EMPLOYER)
                || (APPRENTICE_MODES.contains(mode) && initiative == RuptureInitiative.APPRENTICE);
        if (!fits) {
            problems.add(Problem.of("initiative", "rupture.initiative.mismatch"));
        }
    }

    private static void checkTrial(Facts facts, List<Problem> problems, List<Problem> warnings) {
        Integer days = facts.companyDays();
        if (days == null || days <= TRIAL_COMPANY_DAYS) {
            return;
        }
        if (facts.companyDaysEstimated()) {
            warnings.add(Problem.of("legalMode", "rupture.trial.estimated-over", days));
        } else {
            problems.add(Problem.of("legalMode", "rupture.trial.over", days));
        }
    }

    private static void checkMediator(Facts facts, List<Problem> problems) {
        if (facts.mediatorContact() == null) {
            problems.add(Problem.of("mediatorContactDate", "rupture.mediator.missing"));
        }
        if (facts.employerInformed() == null) {
            problems.add(Problem.of("employerInformedDate", "rupture.informed.missing"));
            return;
        }
        if (facts.mediatorContact() != null
                && facts.employerInformed().isBefore(facts.mediatorContact().plusDays(MEDIATOR_TO_INFORM_DAYS))) {
            problems.add(Problem.of("employerInformedDate", "rupture.mediator.too-soon", MEDIATOR_TO_INFORM_DAYS));
        }
        if (facts.ruptureDate().isBefore(facts.employerInformed().plusDays(INFORM_TO_EFFECT_DAYS))) {
            problems.add(Problem.of("ruptureDate", "rupture.resignation.too-soon", INFORM_TO_EFFECT_DAYS));
        }
    }

    private static void checkDiplomaNotice(Facts facts, List<Problem> problems) {
        if (facts.employerInformed() == null) {
            problems.add(Problem.of("employerInformedDate", "rupture.informed.missing"));
        } else if (facts.ruptureDate().isBefore(facts.employerInformed().plusMonths(1))) {
            problems.add(Problem.of("ruptureDate", "rupture.diploma.notice"));
        }
    }
}
