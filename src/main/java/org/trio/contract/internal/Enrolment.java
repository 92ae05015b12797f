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

/**
 * An apprentice's enrolment in a programme for a school year: the training session (entry to end) the national
 * dashboard counts statuses over, the previous situation the SIFA survey asks for, an exclusion or the diploma result.
 */
@Entity
@Table(schema = "contract", name = "enrolment")
class Enrolment implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "programme_id")
    long programmeId;

    @Column(name = "cohort_id")
    Long cohortId;

    @Column(name = "network_id")
    long networkId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "school_year")
    short schoolYear;

    @Column(name = "programme_year")
    short programmeYear;

    @Column(name = "registration_date")
    LocalDate registrationDate;

    @Column(name = "training_start")
    LocalDate trainingStart;

    @Column(name = "training_end")
    LocalDate trainingEnd;

    @Column(name = "theoretical_duration_months")
    short theoreticalDurationMonths;

    @Column(name = "distance_learning")
    boolean distanceLearning;

    @Column(name = "tutor_staff_id")
    Long tutorStaffId;

    @Column(name = "previous_situation")
    String previousSituation;

    @Column(name = "previous_uai")
    String previousUai;

    @Column(name = "situation_before_contract")
    String situationBeforeContract;

    @Column(name = "highest_diploma_held")
    String highestDiplomaHeld;

    @Column(name = "school_regime")
    String schoolRegime;

    @Column(name = "exclusion_date")
    LocalDate exclusionDate;

    @Column(name = "exclusion_cause")
    String exclusionCause;

    @Column(name = "diploma_obtained")
    Boolean diplomaObtained;

    @Column(name = "diploma_date")
    LocalDate diplomaDate;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Enrolment() {}

    Enrolment(long apprenticeId, long programmeId, long networkId, long cfaId, Instant createdAt) {
        this.apprenticeId = apprenticeId;
        this.programmeId = programmeId;
        this.networkId = networkId;
        this.cfaId = cfaId;
        this.createdAt = createdAt;
    }

    /** Records that the apprentice left or was excluded from the training on this date. */
    void exclude(LocalDate date, String cause) {
        if (date.isBefore(trainingStart) || date.isAfter(trainingEnd)) {
            throw org.trio.shared.InvalidInputException.of("exclusionDate", "enrolment.exclusion.outside");
        }
        this.exclusionDate = date;
        this.exclusionCause = cause;
    }

    void recordDiploma(boolean obtained, LocalDate date) {
        this.diplomaObtained = obtained;
        this.diplomaDate = obtained ? date : null;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
