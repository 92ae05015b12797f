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
import org.trio.shared.InvalidInputException;

/**
 * The six months after a rupture (L6222-18-2): the apprentice goes on with the training as stagiaire de la formation
 * professionnelle while the CFA helps them find a new employer; it ends with a new contract, a reorientation or an
 * abandon. The former employer stays followed (what to improve, whether they will host an apprentice again).
 */
@Entity
@Table(schema = "contract", name = "continuation")
class Continuation implements ConcernsApprentice {

    static final int MONTHS = 6;

    enum Outcome {
        NEW_CONTRACT,
        REORIENTATION,
        DROPOUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "rupture_id")
    long ruptureId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "enrolment_id")
    long enrolmentId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "former_employer_id")
    long formerEmployerId;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "outcome")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    Outcome outcome;

    @Column(name = "outcome_date")
    LocalDate outcomeDate;

    @Column(name = "outcome_contract_id")
    Long outcomeContractId;

    @Column(name = "employer_improvements")
    String employerImprovements;

    @Column(name = "employer_hosts_again")
    String employerHostsAgain;

    @Column(name = "employer_followed_on")
    LocalDate employerFollowedOn;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Continuation() {}

    Continuation(Rupture rupture, Enrolment enrolment, long formerEmployerId, Instant createdAt) {
        this.ruptureId = rupture.id;
        this.apprenticeId = rupture.apprenticeId;
        this.enrolmentId = enrolment.id;
        this.cfaId = enrolment.cfaId;
        this.siteId = enrolment.siteId;
        this.formerEmployerId = formerEmployerId;
        this.startDate = rupture.ruptureDate;
        this.endDate = endOf(rupture.ruptureDate);
        this.createdAt = createdAt;
    }

    /** The end of the six months as stagiaire: the rupture date plus six months. */
    static LocalDate endOf(LocalDate ruptureDate) {
        return ruptureDate.plusMonths(MONTHS);
    }

    void conclude(Outcome outcome, LocalDate date, Long contractId) {
        if (date.isBefore(startDate)) {
            throw InvalidInputException.of("outcomeDate", "continuation.outcome.before");
        }
        this.outcome = outcome;
        this.outcomeDate = date;
        this.outcomeContractId = contractId;
    }

    void followEmployer(String improvements, String hostsAgain, LocalDate on) {
        this.employerImprovements = improvements;
        this.employerHostsAgain = hostsAgain;
        this.employerFollowedOn = on;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
