package org.trio.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enrolments with their contracts and ruptures as whole records, for exchanges with national files (the dashboard's
 * upload format, SIFA) and the API: recorded from an imported file, and read back to export them.
 *
 * <p>Recording follows the file: the enrolment of the apprentice at the CFA for the school year is created or updated,
 * and its contracts take the file's dates, employers and ruptures in order. The rules of the file apply (dates in
 * order, a rupture within its contract); the CERFA checks of the contract form do not, since the file records facts
 * that already happened and does not carry the maîtres or the CERFA's content. Imported contracts have no maître,
 * their conclusion and practical training start are their start date, their type is derived from their rank (11 first,
 * 23 after a rupture, 21 with the same employer, 22 otherwise); imported ruptures have no legal mode nor initiative,
 * keep the file's cause as text and an expressed motive when the cause was mapped. No event is published: these are
 * past facts, not new decisions (no six-month follow-up is opened for an imported rupture). Statuses are recomputed by
 * {@link #recomputeStatuses} once the whole file is recorded.
 */
public interface TrainingRecords {

    /**
     * Creates or updates the enrolment of the apprentice at the CFA for the school year with its contracts, in the
     * current transaction.
     *
     * @return the enrolment's id
     * @throws org.trio.shared.InvalidInputException when the dates contradict each other
     */
    long record(ImportedTraining training);

    /** The enrolment of the apprentice at the CFA for the school year, if any. */
    java.util.Optional<Long> enrolmentOf(long apprenticeId, long cfaId, int schoolYear);

    /** Recomputes the status runs of these apprentices (in bulk when they are many). */
    void recomputeStatuses(Collection<Long> apprenticeIds);

    /**
     * The enrolments of a school year held by these CFAs or sites (optionally of one programme), with their contracts,
     * ordered by apprentice.
     */
    List<TrainingRecord> trainings(
            Collection<Long> cfaIds, Collection<Long> siteIds, int schoolYear, @Nullable Long programmeId);

    /** The expressed rupture motives a CFA may use on a day (shared ones and its own). */
    List<Motive> expressedMotives(long cfaId, LocalDate day);

    /** The causes of imported ruptures of these CFAs that have no expressed motive yet, with how many ruptures. */
    List<UnmappedCause> unmappedCauses(Collection<Long> cfaIds);

    /**
     * Gives an expressed motive to the imported ruptures of the CFA whose cause is this text and that have none.
     *
     * @return the number of ruptures changed
     */
    int assignExpressedMotive(long cfaId, String cause, long motiveId);

    /** An enrolment and its contracts, oldest first. */
    record TrainingRecord(EnrolmentInfo enrolment, List<ContractLine> contracts) {}

    /**
     * A contract as the exchange files show it.
     *
     * @param cause the rupture cause: the imported text, else the expressed motive's label
     */
    record ContractLine(
            long id,
            long employerId,
            LocalDate startDate,
            LocalDate endDate,
            @Nullable LocalDate ruptureDate,
            @Nullable String cause) {}

    record Motive(long id, String label, @Nullable Long cfaId) {}

    record UnmappedCause(long cfaId, String cause, int ruptures) {}
}
