package org.trio.warning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;
import org.trio.shared.RestrictedData;

/**
 * An action decided for a situation (seed 002: interview with the apprentice and the family, call to the family,
 * company visit, meeting with the trainers; and mediation, referrals), with its owner and due date, then its written
 * report and result. A confidential action (social) is read only by the roles allowed to read social data.
 */
@Entity(name = "WarningSituationAction")
@Table(schema = "warning", name = "situation_action")
@RestrictedData
class SituationAction implements ConcernsApprentice {

    enum Kind {
        FAMILY_INTERVIEW,
        FAMILY_CALL,
        COMPANY_VISIT,
        TRAINERS_MEETING,
        MEDIATION,
        MISSION_LOCALE,
        SOCIAL_WORKER,
        OTHER;

        /** Referring to a social worker is social support: its account is confidential. */
        boolean alwaysConfidential() {
            return this == SOCIAL_WORKER;
        }

        public String messageKey() {
            return "warning.action.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    enum Status {
        PLANNED,
        DONE,
        CANCELLED
    }

    enum Result {
        IMPROVED,
        UNCHANGED,
        WORSENED;

        public String messageKey() {
            return "warning.action.result." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "situation_id")
    Situation situation;

    @Enumerated(EnumType.STRING)
    Kind kind;

    String description;

    boolean confidential;

    @Column(name = "owner_staff_id")
    long ownerStaffId;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    Status status;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    String report;

    @Enumerated(EnumType.STRING)
    Result result;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "reported_by")
    String reportedBy;

    @Column(name = "report_sent_to")
    String reportSentTo;

    @Version
    long version;

    protected SituationAction() {}

    SituationAction(
            Kind kind,
            String description,
            boolean confidential,
            long ownerStaffId,
            LocalDate dueDate,
            String decidedBy,
            Instant decidedAt) {
        this.kind = kind;
        this.description = description;
        this.confidential = confidential || kind.alwaysConfidential();
        this.ownerStaffId = ownerStaffId;
        this.dueDate = dueDate;
        this.status = Status.PLANNED;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** Records the written report of the action and its result; the action is done. */
    void reportDone(String report, Result result, LocalDate doneOn, String by, String sentTo) {
        if (status != Status.PLANNED) {
            throw InvalidInputException.of(null, "warning.action.not-planned");
        }
        if (result == null) {
            throw InvalidInputException.of("result", "warning.report.result.required");
        }
        this.report = report;
        this.result = result;
        this.doneOn = doneOn;
        this.reportedBy = by;
        this.reportSentTo = sentTo;
        this.status = Status.DONE;
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    public boolean planned() {
        return status == Status.PLANNED;
    }

    @Override
    public Long concernedApprenticeId() {
        return situation == null ? null : situation.apprenticeId;
    }
}
