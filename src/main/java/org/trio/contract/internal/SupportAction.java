package org.trio.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;

/** One dated job-search support action of the CJE after a rupture (CV, letter, workshop, proposal, mediation…). */
@Entity
@Table(schema = "contract", name = "support_action")
class SupportAction implements ConcernsApprentice {

    enum Kind {
        CV,
        LETTER,
        WORKSHOP,
        EMPLOYER_PROPOSAL,
        MEDIATION,
        INTERVIEW,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "continuation_id")
    long continuationId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "action_date")
    LocalDate actionDate;

    @Column(name = "kind")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    Kind kind;

    @Column(name = "note")
    String note;

    @Column(name = "result")
    String result;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected SupportAction() {}

    SupportAction(Continuation continuation, LocalDate date, Kind kind, String note, String result, Instant at) {
        this.continuationId = continuation.id;
        this.apprenticeId = continuation.apprenticeId;
        this.actionDate = date;
        this.kind = kind;
        this.note = note;
        this.result = result;
        this.createdAt = at;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getResult() {
        return result;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
