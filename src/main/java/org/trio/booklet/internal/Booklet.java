package org.trio.booklet.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.trio.booklet.BookletManagement;
import org.trio.booklet.MissionStatus;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;

/**
 * The livret of one contract. Besides its timeline (entries) it holds the two steps of the start of the training: the
 * evaluation grid shared with the trio, and the missions entrusted to the apprentice, submitted then validated (or sent
 * back for revision) by the programme lead — within a week, says the charter.
 */
@Entity
@Table(schema = "booklet", name = "booklet")
class Booklet implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "programme_id")
    long programmeId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "grid_shared_at")
    Instant gridSharedAt;

    @Column(name = "grid_shared_by")
    String gridSharedBy;

    String mission;

    @Column(name = "mission_submitted_at")
    Instant missionSubmittedAt;

    @Column(name = "mission_submitted_by")
    String missionSubmittedBy;

    @Column(name = "mission_decided_at")
    Instant missionDecidedAt;

    @Column(name = "mission_decision")
    String missionDecision;

    @Column(name = "mission_decided_by")
    String missionDecidedBy;

    @Column(name = "mission_comment")
    String missionComment;

    @Column(name = "last_activity_at")
    Instant lastActivityAt;

    @Version
    long version;

    protected Booklet() {}

    Booklet(long contractId, long apprenticeId, long programmeId, long cfaId, Long siteId) {
        this.contractId = contractId;
        this.apprenticeId = apprenticeId;
        this.programmeId = programmeId;
        this.cfaId = cfaId;
        this.siteId = siteId;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }

    void touch(Instant now) {
        lastActivityAt = now;
    }

    void shareGrid(String by, Instant now) {
        if (gridSharedAt == null) {
            gridSharedAt = now;
            gridSharedBy = by;
        }
        touch(now);
    }

    /** Submits (or submits again, after a request for revision) the missions for validation. */
    void submitMission(String description, String by, Instant now) {
        if ("VALIDATED".equals(missionDecision)) {
            throw InvalidInputException.of("mission", "booklet.mission.alreadyValidated");
        }
        mission = description;
        missionSubmittedAt = now;
        missionSubmittedBy = by;
        missionDecidedAt = null;
        missionDecision = null;
        missionDecidedBy = null;
        touch(now);
    }

    void decideMission(boolean validated, String comment, String by, Instant now) {
        if (missionSubmittedAt == null || missionDecidedAt != null) {
            throw InvalidInputException.of("decision", "booklet.mission.notAwaiting");
        }
        if (!validated && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "booklet.mission.commentRequired");
        }
        missionDecidedAt = now;
        missionDecision = validated ? "VALIDATED" : "TO_REVISE";
        missionDecidedBy = by;
        missionComment = comment;
        touch(now);
    }

    /** Whole days from submission to decision (or to {@code now} while it waits). */
    long missionDays(Instant now) {
        Instant end = missionDecidedAt != null ? missionDecidedAt : now;
        return Duration.between(missionSubmittedAt, end).toDays();
    }

    boolean missionWithinDelay(Instant now) {
        return missionDays(now) <= BookletManagement.MISSION_VALIDATION_DAYS;
    }

    /** What the pages show of the livret's state. */
    public record View(
            long id,
            long contractId,
            long programmeId,
            Instant gridSharedAt,
            String gridSharedBy,
            String mission,
            Instant missionSubmittedAt,
            String missionSubmittedBy,
            Instant missionDecidedAt,
            String missionDecision,
            String missionDecidedBy,
            String missionComment,
            Instant lastActivityAt) {}

    View view() {
        return new View(
                id,
                contractId,
                programmeId,
                gridSharedAt,
                gridSharedBy,
                mission,
                missionSubmittedAt,
                missionSubmittedBy,
                missionDecidedAt,
                missionDecision,
                missionDecidedBy,
                missionComment,
                lastActivityAt);
    }

    MissionStatus missionStatus() {
        return new MissionStatus(contractId, mission, missionSubmittedAt, missionDecidedAt, missionDecision);
    }
}
