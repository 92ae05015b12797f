package org.trio.referential.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A school or university that certifies a diploma prepared at the CFA. */
@Entity
@Table(schema = "referential", name = "certifying_institution")
class CertifyingInstitution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;
    String uai;
    String siret;
    String kind;

    @Version
    long version;

    protected CertifyingInstitution() {}

    CertifyingInstitution(String name, String uai, String siret, String kind) {
        update(name, uai, siret, kind);
    }

    void correct(long expectedVersion, String name, String uai, String siret, String kind) {
        Versions.check(CertifyingInstitution.class, id, version, expectedVersion);
        update(name, uai, siret, kind);
    }

    void update(String name, String uai, String siret, String kind) {
        this.name = name;
        this.uai = uai;
        this.siret = siret;
        this.kind = kind;
    }
}
