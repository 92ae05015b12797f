package org.trio.warning.internal;

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
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;

/** A call to the company of a contract, planned from the call calendar and assigned to a CJE. */
@Entity(name = "WarningPlannedCall")
@Table(schema = "warning", name = "planned_call")
class PlannedCall implements ConcernsApprentice {

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

    @Column(name = "employer_id")
    long employerId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "advisor_staff_id")
    Long advisorStaffId;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    CallReason reason;

    @Enumerated(EnumType.STRING)
    Status status;

    @Column(name = "done_call_id")
    Long doneCallId;

    @Version
    long version;

    protected PlannedCall() {}

    PlannedCall(
            FollowUp.Contract contract, FollowUp.Enrolment enrolment, Long advisor, LocalDate due, CallReason reason) {
        this.contractId = contract.contractId();
        this.apprenticeId = contract.apprenticeId();
        this.employerId = contract.employerId();
        this.cfaId = enrolment.cfaId();
        this.siteId = enrolment.siteId();
        this.advisorStaffId = advisor;
        this.dueDate = due;
        this.reason = reason;
        this.status = Status.PLANNED;
    }

    /** The call was made: the log records how it went. */
    void done(CallLog log) {
        if (status != Status.PLANNED) {
            throw InvalidInputException.of("plannedCallId", "warning.call.not-planned");
        }
        status = Status.DONE;
        doneCallId = log.id;
    }

    /** The contract ended before the call was due (rupture). */
    void cancel() {
        if (status == Status.PLANNED) {
            status = Status.CANCELLED;
        }
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
