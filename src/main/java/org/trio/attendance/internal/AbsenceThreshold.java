package org.trio.attendance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.trio.attendance.ThresholdKind;

/**
 * A threshold of absence valid from a day (and until another one replaces it), for a CFA, a network or everyone. Rows
 * are never changed but closed, so every alert can be explained by the threshold then in force.
 */
@Entity
@Table(schema = "attendance", name = "absence_threshold")
class AbsenceThreshold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id")
    @Nullable
    Long networkId;

    @Column(name = "cfa_id")
    @Nullable
    Long cfaId;

    @Enumerated(EnumType.STRING)
    ThresholdKind kind;

    BigDecimal value;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_to")
    @Nullable
    LocalDate validTo;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Version
    long version;

    protected AbsenceThreshold() {}

    AbsenceThreshold(
            @Nullable Long networkId,
            @Nullable Long cfaId,
            ThresholdKind kind,
            BigDecimal value,
            LocalDate validFrom,
            OffsetDateTime createdAt,
            String createdBy) {
        this.networkId = networkId;
        this.cfaId = cfaId;
        this.kind = kind;
        this.value = value;
        this.validFrom = validFrom;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Ends the row the day before its successor starts. */
    void closeBefore(LocalDate successorStart) {
        this.validTo = successorStart.minusDays(1);
    }

    ThresholdRules.Row toRow() {
        return new ThresholdRules.Row(id, networkId, cfaId, kind, value, validFrom, validTo);
    }
}
