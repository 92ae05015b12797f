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
import org.jspecify.annotations.Nullable;
import org.trio.shared.InvalidInputException;

/**
 * A measure taken to improve the CFA (Qualiopi 32), from a complaint, a survey, the conseil de perfectionnement, an
 * audit, a rupture analysis…; followed in the improvement-measure dashboard until its effect is observed.
 */
@Entity
@Table(schema = "quality", name = "improvement_action")
class ImprovementAction {

    enum Source {
        COMPLAINT,
        INCIDENT,
        SURVEY,
        COUNCIL,
        AUDIT,
        RUPTURE_ANALYSIS,
        SELF_ASSESSMENT,
        CONTROL,
        OTHER
    }

    enum Status {
        PLANNED,
        IN_PROGRESS,
        DONE,
        ABANDONED;

        boolean open() {
            return this == PLANNED || this == IN_PROGRESS;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    public String title;

    public @Nullable String description;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "source_reference")
    public @Nullable String sourceReference;

    @Column(name = "qualiopi_indicator")
    public @Nullable Short qualiopiIndicator;

    public String owner;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "done_on")
    public @Nullable LocalDate doneOn;

    @Column(name = "effect_observed")
    public @Nullable String effectObserved;

    @Version
    long version;

    protected ImprovementAction() {}

    ImprovementAction(
            long cfaId,
            String title,
            @Nullable String description,
            Source source,
            @Nullable String sourceReference,
            String owner,
            LocalDate openedOn,
            LocalDate dueOn) {
        if (dueOn.isBefore(openedOn)) {
            throw InvalidInputException.of("dueOn", "action.dueOn.beforeOpening");
        }
        this.cfaId = cfaId;
        this.title = title;
        this.description = description;
        this.source = source;
        this.sourceReference = sourceReference;
        this.owner = owner;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.status = Status.PLANNED;
    }

    /** Changes the follow-up of the measure; a measure done needs its date and the effect observed. */
    void follow(
            Status newStatus,
            String newOwner,
            LocalDate newDueOn,
            @Nullable LocalDate newDoneOn,
            @Nullable String effect) {
        if (newDueOn.isBefore(openedOn)) {
            throw InvalidInputException.of("dueOn", "action.dueOn.beforeOpening");
        }
        if (newStatus == Status.DONE) {
            if (newDoneOn == null) {
                throw InvalidInputException.of("doneOn", "action.doneOn.required");
            }
            if (newDoneOn.isBefore(openedOn)) {
                throw InvalidInputException.of("doneOn", "action.doneOn.beforeOpening");
            }
            if (effect == null || effect.isBlank()) {
                throw InvalidInputException.of("effectObserved", "action.effect.required");
            }
        }
        this.status = newStatus;
        this.owner = newOwner;
        this.dueOn = newDueOn;
        this.doneOn = newStatus == Status.DONE ? newDoneOn : null;
        this.effectObserved = effect == null || effect.isBlank() ? null : effect.strip();
    }

    public boolean lateOn(LocalDate day) {
        return status.open() && dueOn.isBefore(day);
    }
}
