package org.trio.contract.internal;

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
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.shared.ConcernsApprentice;

/**
 * The rupture of a contract: when, on whose initiative, under which legal mode (with the checks each mode needs), the
 * motives expressed by the company and validated by the CFA, the analysis period and, for administrative closures, why
 * it may not count as a rupture nette.
 */
@Entity
@Table(schema = "contract", name = "rupture")
class Rupture implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "enrolment_id")
    long enrolmentId;

    @Column(name = "school_year")
    short schoolYear;

    @Column(name = "rupture_date")
    LocalDate ruptureDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiative")
    RuptureInitiative initiative;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_mode")
    RuptureLegalMode legalMode;

    @Column(name = "company_days")
    Integer companyDays;

    @Column(name = "company_days_estimated")
    boolean companyDaysEstimated;

    @Column(name = "mediator_contact_date")
    LocalDate mediatorContactDate;

    @Column(name = "employer_informed_date")
    LocalDate employerInformedDate;

    @Column(name = "representative_id")
    Long representativeId;

    @Column(name = "representative_signed")
    boolean representativeSigned;

    @Column(name = "expressed_motive_id")
    Long expressedMotiveId;

    @Column(name = "validated_motive_id")
    Long validatedMotiveId;

    @Enumerated(EnumType.STRING)
    @Column(name = "analysis_period")
    AnalysisPeriod analysisPeriod;

    @Column(name = "closure_reason")
    String closureReason;

    @Column(name = "comment")
    String comment;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Rupture() {}

    Rupture(Contract contract, long enrolmentId, int schoolYear, LocalDate ruptureDate, Instant createdAt) {
        this.contractId = contract.id;
        this.apprenticeId = contract.apprenticeId;
        this.enrolmentId = enrolmentId;
        this.schoolYear = (short) schoolYear;
        this.ruptureDate = ruptureDate;
        this.analysisPeriod = AnalysisPeriod.of(contract.startDate, contract.endDate, ruptureDate);
        this.createdAt = createdAt;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
