package org.trio.calendar.internal;

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
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.PeriodKind;

@Entity
@Table(schema = "calendar", name = "alternance_period")
class Period {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cohort_id")
    Long cohortId;

    @Column(name = "contract_id")
    Long contractId;

    @Enumerated(EnumType.STRING)
    PeriodKind kind;

    @Column(name = "start_date")
    LocalDate start;

    @Column(name = "end_date")
    LocalDate end;

    String label;

    @Version
    long version;

    protected Period() {}

    Period(Long cohortId, Long contractId, PeriodKind kind, LocalDate start, LocalDate end, String label) {
        this.cohortId = cohortId;
        this.contractId = contractId;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.label = label;
    }

    AlternancePeriod toInfo() {
        return new AlternancePeriod(id, cohortId, contractId, kind, start, end, label);
    }
}
