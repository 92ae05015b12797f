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

/** An amendment (avenant) of a contract: its CERFA type, its effective date and what it changed. */
@Entity
@Table(schema = "contract", name = "amendment")
class Amendment implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "amendment_type")
    String amendmentType;

    @Column(name = "conclusion_date")
    LocalDate conclusionDate;

    @Column(name = "effective_date")
    LocalDate effectiveDate;

    @Column(name = "previous_end_date")
    LocalDate previousEndDate;

    @Column(name = "new_end_date")
    LocalDate newEndDate;

    @Column(name = "previous_mentor1_id")
    Long previousMentor1Id;

    @Column(name = "new_mentor1_id")
    long newMentor1Id;

    @Column(name = "new_mentor2_id")
    Long newMentor2Id;

    @Column(name = "previous_weekly_hours")
    BigDecimal previousWeeklyHours;

    @Column(name = "new_weekly_hours")
    BigDecimal newWeeklyHours;

    @Column(name = "note")
    String note;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Amendment() {}

    Amendment(Contract contract, String type, LocalDate conclusion, LocalDate effective, Instant createdAt) {
        this.contractId = contract.id;
        this.apprenticeId = contract.apprenticeId;
        this.amendmentType = type;
        this.conclusionDate = conclusion;
        this.effectiveDate = effective;
        this.previousEndDate = contract.endDate;
        this.previousMentor1Id = contract.mentor1Id;
        this.previousWeeklyHours = contract.weeklyHours;
        this.createdAt = createdAt;
    }

    public String getAmendmentType() {
        return amendmentType;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getPreviousEndDate() {
        return previousEndDate;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public String getNote() {
        return note;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
