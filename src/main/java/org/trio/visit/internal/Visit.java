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
import java.time.LocalTime;
import org.trio.access.Role;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;
import org.trio.visit.VisitMode;

/**
 * A company visit: planned (for one of the contract's due visits, or another reason), confirmed by the maître and the
 * apprentice, done when its report is filed, or cancelled.
 */
@Entity
@Table(schema = "visit", name = "visit")
class Visit implements ConcernsApprentice {

    enum Status {
        PLANNED,
        DONE,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "rule_code")
    String ruleCode;

    @Enumerated(EnumType.STRING)
    VisitMode mode;

    @Column(name = "planned_on")
    LocalDate plannedOn;

    @Column(name = "planned_time")
    LocalTime plannedTime;

    @Column(name = "visitor_staff_id")
    Long visitorStaffId;

    @Column(name = "visitor_name")
    String visitorName;

    @Enumerated(EnumType.STRING)
    Status status;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "mentor_confirmed_at")
    Instant mentorConfirmedAt;

    @Column(name = "apprentice_confirmed_at")
    Instant apprenticeConfirmedAt;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Visit() {}

    Visit(
            FollowedContract contract,
            String ruleCode,
            VisitMode mode,
            LocalDate plannedOn,
            LocalTime plannedTime,
            Long visitorStaffId,
            String visitorName,
            Instant now) {
        this.contractId = contract.contractId();
        this.apprenticeId = contract.apprenticeId();
        this.cfaId = contract.cfaId();
        this.siteId = contract.siteId();
        this.ruleCode = ruleCode;
        this.mode = mode;
        this.plannedOn = plannedOn;
        this.plannedTime = plannedTime;
        this.visitorStaffId = visitorStaffId;
        this.visitorName = visitorName;
        this.status = Status.PLANNED;
        this.createdAt = now;
    }

    void confirm(Role role, Instant now) {
        requirePlanned();
        switch (role) {
            case MENTOR -> mentorConfirmedAt = mentorConfirmedAt == null ? now : mentorConfirmedAt;
            case APPRENTICE -> apprenticeConfirmedAt = apprenticeConfirmedAt == null ? now : apprenticeConfirmedAt;
            default -> throw InvalidInputException.of(null, "visit.confirm.role");
        }
    }

    void cancel() {
        requirePlanned();
        status = Status.CANCELLED;
    }

    void done(LocalDate on) {
        requirePlanned();
        status = Status.DONE;
        doneOn = on;
    }

    private void requirePlanned() {
        if (status != Status.PLANNED) {
            throw InvalidInputException.of(null, "visit.notPlanned");
        }
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
