package org.trio.attendance.internal;

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
import org.trio.attendance.JustificationReason;
import org.trio.attendance.JustificationStatus;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;
import org.trio.shared.RestrictedData;

/**
 * A justification of the absences of an apprentice from one day to another: a reason (seen only by the people allowed
 * to see reasons), an optional comment and file, and the secretariat's decision. Restricted: the audit trail keeps which
 * fields changed, never the reason or the comment.
 */
@Entity
@Table(schema = "attendance", name = "justification")
@RestrictedData
class Justification implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    @Nullable
    Long siteId;

    @Column(name = "first_day")
    LocalDate firstDay;

    @Column(name = "last_day")
    LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    JustificationReason reason;

    @Nullable
    String comment;

    @Enumerated(EnumType.STRING)
    JustificationStatus status;

    @Column(name = "submitted_at")
    OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    String submittedBy;

    @Column(name = "decided_at")
    @Nullable
    OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    @Nullable
    String decidedBy;

    @Column(name = "decision_comment")
    @Nullable
    String decisionComment;

    @Version
    long version;

    protected Justification() {}

    Justification(
            long apprenticeId,
            long cfaId,
            @Nullable Long siteId,
            LocalDate firstDay,
            LocalDate lastDay,
            JustificationReason reason,
            @Nullable String comment,
            OffsetDateTime submittedAt,
            String submittedBy) {
        this.apprenticeId = apprenticeId;
        this.cfaId = cfaId;
        this.siteId = siteId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.status = JustificationStatus.PENDING;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    /** The secretariat's decision; a refusal needs a comment saying why. Decided once. */
    void decide(boolean accepted, @Nullable String comment, OffsetDateTime at, String by) {
        if (status != JustificationStatus.PENDING) {
            throw InvalidInputException.of("accepted", "attendance.justification.already-decided");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!accepted && text == null) {
            throw InvalidInputException.of("comment", "attendance.justification.refusal-comment");
        }
        this.status = accepted ? JustificationStatus.ACCEPTED : JustificationStatus.REFUSED;
        this.decisionComment = text;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
