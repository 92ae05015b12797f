package org.trio.visit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;

/** An action decided at a visit: what, who (apprentice, maître, trainer, CFA, employer), by when; then closed. */
@Entity
@Table(schema = "visit", name = "action")
class VisitAction implements ConcernsApprentice {

    /** Who carries out an action. */
    enum Owner {
        APPRENTICE,
        MENTOR,
        TUTOR,
        CFA,
        EMPLOYER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "report_id")
    long reportId;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    String description;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    Owner owner;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_by")
    String closedBy;

    @Column(name = "closing_note")
    String closingNote;

    @Version
    long version;

    protected VisitAction() {}

    VisitAction(Report report, Visit visit, String description, Owner owner, LocalDate dueOn) {
        this.reportId = report.id;
        this.contractId = visit.contractId;
        this.apprenticeId = visit.apprenticeId;
        this.cfaId = visit.cfaId;
        this.siteId = visit.siteId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void close(String by, String note, LocalDate on) {
        if (closedOn != null) {
            throw InvalidInputException.of(null, "visit.action.alreadyClosed");
        }
        closedOn = on;
        closedBy = by;
        closingNote = note == null || note.isBlank() ? null : note.strip();
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
