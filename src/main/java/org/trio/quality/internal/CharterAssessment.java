package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A diploma team's self-assessment of one item of the charter's grid for a school year: where it stands, the next
 * milestone (the "jalons" the charter asks each team to co-build) and who carries it.
 */
@Entity
@Table(schema = "quality", name = "charter_assessment")
class CharterAssessment {

    enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        ACHIEVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    @Column(name = "programme_id")
    public long programmeId;

    @Column(name = "school_year")
    public short schoolYear;

    @Column(name = "item_id")
    public long itemId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "next_milestone")
    public @Nullable String nextMilestone;

    @Column(name = "milestone_due")
    public @Nullable LocalDate milestoneDue;

    public @Nullable String owner;

    public @Nullable String comment;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    long version;

    protected CharterAssessment() {}

    CharterAssessment(long cfaId, long programmeId, int schoolYear, long itemId) {
        this.cfaId = cfaId;
        this.programmeId = programmeId;
        this.schoolYear = (short) schoolYear;
        this.itemId = itemId;
        this.status = Status.NOT_STARTED;
    }

    void assess(
            Status newStatus,
            @Nullable String milestone,
            @Nullable LocalDate due,
            @Nullable String newOwner,
            @Nullable String newComment,
            OffsetDateTime at,
            String by) {
        this.status = newStatus;
        this.nextMilestone = milestone;
        this.milestoneDue = due;
        this.owner = newOwner;
        this.comment = newComment;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
