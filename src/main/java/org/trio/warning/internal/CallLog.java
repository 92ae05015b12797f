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
import java.time.Instant;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;

/** A call to a company, made by a CJE (or another member of the staff): channel, contact, outcome. */
@Entity(name = "WarningCallLog")
@Table(schema = "warning", name = "call_log")
class CallLog implements ConcernsApprentice {

    enum Channel {
        PHONE,
        MAIL,
        LETTER;

        public String messageKey() {
            return "warning.channel." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "planned_call_id")
    Long plannedCallId;

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

    @Column(name = "called_on")
    LocalDate calledOn;

    @Enumerated(EnumType.STRING)
    Channel channel;

    @Column(name = "caller_staff_id")
    Long callerStaffId;

    @Column(name = "caller_name")
    String callerName;

    @Column(name = "contact_name")
    String contactName;

    String outcome;

    @Column(name = "signal_id")
    Long signalId;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected CallLog() {}

    CallLog(FollowUp.Contract contract, FollowUp.Enrolment enrolment, Long plannedCallId, Instant now) {
        this.contractId = contract.contractId();
        this.apprenticeId = contract.apprenticeId();
        this.employerId = contract.employerId();
        this.cfaId = enrolment.cfaId();
        this.siteId = enrolment.siteId();
        this.plannedCallId = plannedCallId;
        this.createdAt = now;
    }

    void signalled(long signal) {
        this.signalId = signal;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
