package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.trio.referential.NewCohort;

/** A group of apprentices of one programme year at one site in one school year ("promotion", "classe"). */
@Entity
@Table(schema = "referential", name = "cohort")
class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "programme_id")
    long programmeId;

    @Column(name = "site_id")
    long siteId;

    @Column(name = "school_year")
    short schoolYear;

    @Column(name = "programme_year")
    short programmeYear;

    String label;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Version
    long version;

    protected Cohort() {}

    Cohort(long programmeId, long siteId, short schoolYear, short programmeYear) {
        this.programmeId = programmeId;
        this.siteId = siteId;
        this.schoolYear = schoolYear;
        this.programmeYear = programmeYear;
    }

    void describe(NewCohort details) {
        programmeId = details.programmeId();
        siteId = details.siteId();
        schoolYear = details.schoolYear().shortValue();
        programmeYear = details.programmeYear().shortValue();
        label = details.label().strip();
        startDate = details.startDate();
        endDate = details.endDate();
    }

    void correct(long expectedVersion, NewCohort details) {
        Versions.check(Cohort.class, id, version, expectedVersion);
        describe(details);
    }
}
