package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.trio.referential.DiplomaType;
import org.trio.referential.NewProgramme;

/**
 * A programme offered in the network: the diploma or title prepared (CFD and/or RNCP), its type and level, its filière
 * and its theoretical duration in months.
 */
@Entity
@Table(schema = "referential", name = "programme")
class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id")
    long networkId;

    String cfd;
    String rncp;
    String label;

    @Column(name = "short_label")
    String shortLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "diploma_type")
    DiplomaType diplomaType;

    short level;
    String sector;

    @Column(name = "theoretical_duration_months")
    short theoreticalDurationMonths;

    @Column(name = "certifying_institution_id")
    Long certifyingInstitutionId;

    @Column(name = "lead_staff_id")
    Long leadStaffId;

    boolean active = true;

    @Version
    long version;

    protected Programme() {}

    Programme(long networkId) {
        this.networkId = networkId;
    }

    /** Records the programme's details; codes are normalised, at least one of them is present (checked before). */
    void describe(NewProgramme details, String cfd, String rncp, String sector) {
        this.cfd = cfd;
        this.rncp = rncp;
        label = details.label().strip();
        shortLabel = Versions.blankToNull(details.shortLabel());
        diplomaType = details.diplomaType();
        level = details.level().shortValue();
        this.sector = sector;
        theoreticalDurationMonths = details.theoreticalDurationMonths().shortValue();
        certifyingInstitutionId = details.certifyingInstitutionId();
        leadStaffId = details.leadStaffId();
    }

    void correct(long expectedVersion, NewProgramme details, String cfd, String rncp, String sector) {
        Versions.check(Programme.class, id, version, expectedVersion);
        describe(details, cfd, rncp, sector);
    }
}
