package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A CFA (the "établissement responsable" that signs the contracts), identified by its UAI and SIRET. */
@Entity
@Table(schema = "referential", name = "cfa")
class Cfa {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id")
    long networkId;

    String name;
    String uai;
    String siret;

    /** SIFA/TDB type of CFA, "01" (public, éducation nationale) to "10" (other private). */
    @Column(name = "cfa_type")
    String cfaType;

    @Embedded
    Address address;

    String email;
    String phone;

    @Version
    long version;

    protected Cfa() {}

    Cfa(long networkId, String name, String uai, String siret, String cfaType, Address address) {
        this.networkId = networkId;
        update(name, uai, siret, cfaType, address);
    }

    void update(String name, String uai, String siret, String cfaType, Address address) {
        this.name = name;
        this.uai = uai;
        this.siret = siret;
        this.cfaType = cfaType;
        this.address = address;
    }

    void correct(long expectedVersion, String name, String uai, String siret, String cfaType, Address address) {
        Versions.check(Cfa.class, id, version, expectedVersion);
        update(name, uai, siret, cfaType, address);
    }

    void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }
}
