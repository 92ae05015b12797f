package org.trio.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;

/**
 * An apprenticeship contract (CERFA FA13) of an enrolment: the parties, its dates and hours. It changes through
 * amendments ({@link #amend}) and ends early through a rupture ({@link #terminate}).
 */
@Entity
@Table(schema = "contract", name = "apprenticeship_contract")
class Contract implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "enrolment_id")
    long enrolmentId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "employer_id")
    long employerId;

    @Column(name = "mentor1_id")
    Long mentor1Id;

    @Column(name = "mentor2_id")
    Long mentor2Id;

    @Column(name = "contract_type")
    String contractType;

    @Column(name = "derogation")
    String derogation;

    @Column(name = "contract_mode")
    String contractMode;

    @Column(name = "conclusion_date")
    LocalDate conclusionDate;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "practical_training_start")
    LocalDate practicalTrainingStart;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "original_end_date")
    LocalDate originalEndDate;

    @Column(name = "rupture_date")
    LocalDate ruptureDate;

    @Column(name = "weekly_hours")
    BigDecimal weeklyHours;

    @Column(name = "comment")
    String comment;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Contract() {}

    Contract(long enrolmentId, long apprenticeId, Instant createdAt) {
        this.enrolmentId = enrolmentId;
        this.apprenticeId = apprenticeId;
        this.createdAt = createdAt;
    }

    /** Applies what an amendment changes: the planned end, the maîtres, the weekly hours. */
    void amend(LocalDate newEnd, long newMentor1, Long newMentor2, BigDecimal newWeeklyHours) {
        if (ruptureDate != null) {
            throw InvalidInputException.of(null, "amendment.contract.broken");
        }
        this.endDate = newEnd;
        this.mentor1Id = newMentor1;
        this.mentor2Id = newMentor2;
        this.weeklyHours = newWeeklyHours;
    }

    /** Ends the contract before its planned end. */
    void terminate(LocalDate rupture) {
        if (ruptureDate != null) {
            throw InvalidInputException.of("ruptureDate", "rupture.already");
        }
        if (rupture.isBefore(startDate) || rupture.isAfter(endDate)) {
            throw InvalidInputException.of("ruptureDate", "rupture.date.outside");
        }
        this.ruptureDate = rupture;
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate) && (ruptureDate == null || day.isBefore(ruptureDate));
    }

    public Long getId() {
        return id;
    }

    public String getContractType() {
        return contractType;
    }

    public String getContractMode() {
        return contractMode;
    }

    public String getDerogation() {
        return derogation;
    }

    public LocalDate getConclusionDate() {
        return conclusionDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPracticalTrainingStart() {
        return practicalTrainingStart;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getRuptureDate() {
        return ruptureDate;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
