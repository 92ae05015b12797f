package org.trio.visit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;
import org.trio.visit.RiskLevel;

/** The report (compte rendu) of a visit, shared with the trio for comments and acknowledgement. */
@Entity
@Table(schema = "visit", name = "report")
class Report implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "visit_id")
    long visitId;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "visited_on")
    LocalDate visitedOn;

    String integration;

    String missions;

    String means;

    String relationship;

    String attendance;

    String difficulties;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    RiskLevel riskLevel;

    @Column(name = "filed_at")
    Instant filedAt;

    @Column(name = "filed_by")
    String filedBy;

    @Version
    long version;

    protected Report() {}

    Report(Visit visit, VisitForms.ReportForm form, String filedBy, Instant now) {
        this.visitId = visit.id;
        this.contractId = visit.contractId;
        this.apprenticeId = visit.apprenticeId;
        this.visitedOn = form.visitedOn();
        this.integration = form.integration().strip();
        this.missions = form.missions().strip();
        this.means = form.means().strip();
        this.relationship = form.relationship().strip();
        this.attendance = form.attendance().strip();
        this.difficulties = form.difficulties() == null || form.difficulties().isBlank()
                ? null
                : form.difficulties().strip();
        this.riskLevel = form.riskLevel();
        this.filedAt = now;
        this.filedBy = filedBy;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
