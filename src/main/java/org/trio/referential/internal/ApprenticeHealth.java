package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.RestrictedData;

/**
 * Health and handicap data of an apprentice (RQTH, adjustments): restricted to the disability referent, the apprentice
 * and their legal representatives; every read is audited and changes are traced without their values.
 */
@Entity
@Table(schema = "referential", name = "apprentice_health")
@RestrictedData
class ApprenticeHealth implements ConcernsApprentice {

    /** The version forms send when the apprentice has no health record yet. */
    static final long NO_RECORD = -1;

    @Id
    @Column(name = "apprentice_id")
    Long apprenticeId;

    boolean rqth;

    @Column(name = "rqth_date")
    LocalDate rqthDate;

    String adjustments;
    String notes;

    @Version
    long version;

    protected ApprenticeHealth() {}

    ApprenticeHealth(long apprenticeId) {
        this.apprenticeId = apprenticeId;
    }

    void update(boolean rqth, LocalDate rqthDate, String adjustments, String notes) {
        this.rqth = rqth;
        this.rqthDate = rqth ? rqthDate : null;
        this.adjustments = adjustments;
        this.notes = notes;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
