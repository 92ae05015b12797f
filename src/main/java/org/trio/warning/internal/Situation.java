package org.trio.warning.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;
import org.trio.shared.RestrictedData;
import org.trio.warning.SituationInfo;
import org.trio.warning.SituationOutcome;
import org.trio.warning.SituationStage;

/**
 * The handling of one apprentice's difficulty, from the first signal to its outcome: opened by a signal (later signals
 * join it), triaged by the ADCP, the ASE or the CJE (assessment, priority; the ASE's social assessment is restricted
 * data), followed with decided actions and their written reports, closed with its outcome. One open situation per
 * apprentice.
 */
@Entity(name = "WarningSituation")
@Table(schema = "warning", name = "situation")
@RestrictedData
class Situation implements ConcernsApprentice {

    enum Priority {
        HIGH,
        MEDIUM,
        LOW;

        public String messageKey() {
            return "warning.priority." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "network_id")
    long networkId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "opened_on")
    LocalDate openedOn;

    @Column(name = "opened_at")
    Instant openedAt;

    @Enumerated(EnumType.STRING)
    SituationStage stage;

    @Enumerated(EnumType.STRING)
    Priority priority;

    String assessment;

    @Column(name = "social_assessment")
    String socialAssessment;

    @Column(name = "triaged_by")
    String triagedBy;

    @Column(name = "triaged_at")
    Instant triagedAt;

    @Enumerated(EnumType.STRING)
    SituationOutcome outcome;

    @Column(name = "closing_note")
    String closingNote;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_by")
    String closedBy;

    @OneToMany(mappedBy = "situation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    List<SituationAction> actions = new ArrayList<>();

    @Version
    long version;

    protected Situation() {}

    Situation(FollowUp.Enrolment enrolment, LocalDate day, Instant now) {
        this.apprenticeId = enrolment.apprenticeId();
        this.networkId = enrolment.networkId();
        this.cfaId = enrolment.cfaId();
        this.siteId = enrolment.siteId();
        this.openedOn = day;
        this.openedAt = now;
        this.stage = SituationStage.NEW;
    }

    /**
     * Records the assessment and the priority. The social assessment is only changed when {@code social} is true (a
     * role allowed to write social data).
     */
    void triage(Priority priority, String assessment, boolean social, String socialAssessment, String by, Instant now) {
        requireOpen();
        if (priority == null) {
            throw InvalidInputException.of("priority", "warning.triage.priority.required");
        }
        this.priority = priority;
        this.assessment = assessment;
        if (social) {
            this.socialAssessment = socialAssessment;
        }
        this.triagedBy = by;
        this.triagedAt = now;
        this.stage = SituationStage.IN_PROGRESS;
    }

    SituationAction decide(SituationAction action) {
        requireOpen();
        if (stage == SituationStage.NEW) {
            throw InvalidInputException.of(null, "warning.action.triage-first");
        }
        action.situation = this;
        actions.add(action);
        return action;
    }

    SituationAction action(long actionId) {
        return actions.stream()
                .filter(action -> action.id == actionId)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("actionId", "warning.action.unknown"));
    }

    void close(SituationOutcome outcome, String note, LocalDate day, String by) {
        requireOpen();
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "warning.close.outcome.required");
        }
        if (actions.stream().anyMatch(SituationAction::planned) && outcome == SituationOutcome.RESOLVED) {
            throw InvalidInputException.of("outcome", "warning.close.actions-open");
        }
        actions.stream().filter(SituationAction::planned).forEach(SituationAction::cancel);
        this.outcome = outcome;
        this.closingNote = note;
        this.closedOn = day;
        this.closedBy = by;
        this.stage = SituationStage.CLOSED;
    }

    public boolean open() {
        return stage != SituationStage.CLOSED;
    }

    private void requireOpen() {
        if (!open()) {
            throw InvalidInputException.of(null, "warning.situation.closed");
        }
    }

    SituationInfo toInfo() {
        return new SituationInfo(
                id, apprenticeId, cfaId, openedOn, stage, priority == null ? null : priority.name(), outcome, closedOn);
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
