package org.trio.insertion.internal;

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
import org.jspecify.annotations.Nullable;
import org.trio.insertion.EmploymentContract;
import org.trio.insertion.Situation;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.InvalidInputException;

/** A leaver's situation at one horizon (6, 12, 18 or 24 months after the end of training). */
@Entity
@Table(schema = "insertion", name = "situation")
class LeaverSituation implements ConcernsApprentice {

    enum Source {
        ADVISOR,
        SURVEY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrolment_id")
    public long enrolmentId;

    @Column(name = "apprentice_id")
    public long apprenticeId;

    @Column(name = "programme_id")
    public long programmeId;

    @Column(name = "cfa_id")
    public long cfaId;

    @Column(name = "school_year")
    public short schoolYear;

    @Column(name = "exit_date")
    public LocalDate exitDate;

    @Column(name = "horizon_months")
    public short horizonMonths;

    @Enumerated(EnumType.STRING)
    public Situation situation;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type")
    public @Nullable EmploymentContract contractType;

    @Column(name = "job_matches_diploma")
    public @Nullable Boolean jobMatchesDiploma;

    @Column(name = "job_search_months")
    public @Nullable Short jobSearchMonths;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "recorded_on")
    public LocalDate recordedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Version
    long version;

    protected LeaverSituation() {}

    LeaverSituation(Leavers.Leaver leaver, int horizonMonths) {
        this.enrolmentId = leaver.enrolmentId();
        this.apprenticeId = leaver.apprenticeId();
        this.programmeId = leaver.programmeId();
        this.cfaId = leaver.cfaId();
        this.schoolYear = (short) leaver.schoolYear();
        this.exitDate = leaver.exitDate();
        this.horizonMonths = (short) horizonMonths;
    }

    /** Records what the leaver does; the details of a job are only kept for a job. */
    void record(
            Situation newSituation,
            @Nullable EmploymentContract contract,
            @Nullable Boolean matches,
            @Nullable Integer searchMonths,
            Source newSource,
            LocalDate on,
            LocalDate today,
            String by) {
        if (on.isAfter(today)) {
            throw InvalidInputException.of("recordedOn", "situation.recordedOn.future");
        }
        if (on.isBefore(exitDate)) {
            throw InvalidInputException.of("recordedOn", "situation.recordedOn.beforeExit");
        }
        if (newSituation == Situation.EMPLOYED && contract == null) {
            throw InvalidInputException.of("contractType", "situation.contractType.required");
        }
        boolean employed = newSituation == Situation.EMPLOYED;
        this.situation = newSituation;
        this.contractType = employed ? contract : null;
        this.jobMatchesDiploma = employed ? matches : null;
        this.jobSearchMonths = searchMonths == null ? null : searchMonths.shortValue();
        this.source = newSource;
        this.recordedOn = on;
        this.recordedBy = by;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
