package org.trio.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.trio.access.ApprenticeScope;

/**
 * The contract module's aggregated figures for other modules (exchanges, API, quality): headcounts, ruptures and what
 * the CFA did about them.
 */
public interface ContractFigures {

    /** The national dashboard's headcounts as of a day, over the apprentices of the scope. */
    Headcounts headcounts(ApprenticeScope scope, LocalDate day);

    /**
     * The rupture figures of a school year at a reference date, over the scope: inscrits actifs at the date, ruptures
     * nettes up to it, and the rupture rate = ruptures nettes ÷ (inscrits actifs + ruptures nettes).
     */
    RuptureFigures ruptures(ApprenticeScope scope, int schoolYear, LocalDate referenceDate);

    /**
     * What the CFA did about ruptures between two days (both included), as evidence of its measures against broken
     * paths (Qualiopi 12): the ruptures nettes of its enrolments and how many of them the CFA analysed (validated
     * motive), and the six months after a rupture (continuations running during the period, their job-search support
     * actions, outcomes and former employers followed up).
     */
    RuptureFollowUp ruptureFollowUp(long cfaId, LocalDate from, LocalDate to);

    /** The default reference date of a school year's rupture figures: 15 August after its end. */
    static LocalDate defaultReferenceDate(int schoolYear) {
        return LocalDate.of(schoolYear + 1, 8, 15);
    }

    /** Headcounts by status; apprentis = APPRENTI + FIN_DE_FORMATION, apprenants exclude abandons. */
    record Headcounts(LocalDate day, Map<ApprenticeStatus, Long> byStatus) {

        public long of(ApprenticeStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        public long apprentices() {
            return of(ApprenticeStatus.APPRENTICE) + of(ApprenticeStatus.TRAINING_ENDED);
        }

        public long learners() {
            return apprentices() + of(ApprenticeStatus.WITHOUT_CONTRACT) + of(ApprenticeStatus.TERMINATED);
        }
    }

    /**
     * @param rate the rupture rate (0 to 1), null when there is nobody
     * @param byPeriod ruptures nettes by period of the contract (trial, intermediate, post-exam)
     */
    record RuptureFigures(
            int schoolYear,
            LocalDate referenceDate,
            long activeLearners,
            long ruptures,
            BigDecimal rate,
            Map<AnalysisPeriod, Long> byPeriod) {}

    /**
     * @param ruptures ruptures nettes dated in the period
     * @param motivesValidated those of them whose motive the CFA validated (the rupture analysis)
     * @param lastRupture the date of the last of them
     * @param continuations the six months after a rupture running during the period (any rupture of the CFA)
     * @param supportActions their job-search support actions dated in the period
     * @param outcomes their outcomes recorded in the period (new contract, reorientation, abandon)
     * @param newContracts those outcomes that are a new contract
     * @param employersFollowedUp former employers followed up in the period
     * @param lastActivity the last day something was recorded about the six months after (start, action, outcome,
     *     employer follow-up) in the period
     */
    record RuptureFollowUp(
            long ruptures,
            long motivesValidated,
            @Nullable LocalDate lastRupture,
            long continuations,
            long supportActions,
            long outcomes,
            long newContracts,
            long employersFollowedUp,
            @Nullable LocalDate lastActivity) {}
}
