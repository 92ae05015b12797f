package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.trio.referential.SiteKind;

/**
 * A place where a CFA trains apprentices ("établissement formateur" / "lieu de formation"): its own premises, or a UFA
 * hosted by a lycée, a university or an engineering school.
 */
@Entity
@Table(schema = "referential", name = "site")
class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cfa_id")
    long cfaId;

    String name;

    @Enumerated(EnumType.STRING)
    SiteKind kind;

    @Column(name = "host_institution")
    String hostInstitution;

    String uai;
    String siret;

    @Embedded
    Address address;

    @Version
    long version;

    protected Site() {}

    Site(long cfaId, String name, SiteKind kind, String hostInstitution, String uai, String siret, Address address) {
        this.cfaId = cfaId;
        update(name, kind, hostInstitution, uai, siret, address);
    }

    void correct(
            long expectedVersion,
            String name,
            SiteKind kind,
            String hostInstitution,
            String uai,
            String siret,
            Address address) {
        Versions.check(Site.class, id, version, expectedVersion);
        update(name, kind, hostInstitution, uai, siret, address);
    }

    void update(String name, SiteKind kind, String hostInstitution, String uai, String siret, Address address) {
        this.name = name;
        this.kind = kind;
        this.hostInstitution = hostInstitution;
        this.uai = uai;
        this.siret = siret;
        this.address = address;
    }
}
