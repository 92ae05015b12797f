package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.trio.referential.NewApprentice;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.IdentifierKind;

/**
 * A young person followed by a CFA, from application to first job, with the identity fields of the national upload
 * format and of the SIFA survey. The record is held by one CFA (and site): that is what staff scopes see.
 */
@Entity
@Table(schema = "referential", name = "apprentice")
class Apprentice implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id")
    long networkId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "last_name")
    String lastName;

    @Column(name = "usage_name")
    String usageName;

    @Column(name = "first_name")
    String firstName;

    @Column(name = "first_name_2")
    String firstName2;

    @Column(name = "first_name_3")
    String firstName3;

    @Column(name = "birth_date")
    LocalDate birthDate;

    @Column(name = "birth_post_code")
    String birthPostCode;

    @Column(name = "birth_commune_insee")
    String birthCommuneInsee;

    @Column(name = "birth_place")
    String birthPlace;

    String sex;
    String ine;

    @Embedded
    Address address;

    String phone;
    String email;

    /** SIFA code: 1 French, 2 other EU, 3 outside the EU. */
    String nationality;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Apprentice() {}

    Apprentice(long networkId, long cfaId, Long siteId, Instant createdAt) {
        this.networkId = networkId;
        this.cfaId = cfaId;
        this.siteId = siteId;
        this.createdAt = createdAt;
    }

    /** Records the identity fields of the national upload format as the command states them. */
    void identify(NewApprentice details) {
        lastName = details.lastName().strip();
        usageName = Versions.blankToNull(details.usageName());
        firstName = details.firstName().strip();
        firstName2 = Versions.blankToNull(details.firstName2());
        firstName3 = Versions.blankToNull(details.firstName3());
        birthDate = details.birthDate();
        birthPostCode = Versions.blankToNull(details.birthPostCode());
        birthCommuneInsee = Versions.blankToNull(details.birthCommuneInsee());
        birthPlace = Versions.blankToNull(details.birthPlace());
        sex = details.sex();
        ine = Versions.blankToNull(IdentifierKind.INE.normalize(details.ine()));
        address = new Address(
                Versions.blankToNull(details.address()),
                Versions.blankToNull(details.postCode()),
                Versions.blankToNull(details.city()),
                Versions.blankToNull(details.communeInsee()));
        phone = Versions.blankToNull(details.phone());
        email = Versions.blankToNull(details.email());
        nationality = Versions.blankToNull(details.nationality());
    }

    void correctIdentity(long expectedVersion, NewApprentice details) {
        Versions.check(Apprentice.class, id, version, expectedVersion);
        identify(details);
        siteId = details.siteId();
    }

    void holdAt(long networkId, long cfaId, Long siteId) {
        this.networkId = networkId;
        this.cfaId = cfaId;
        this.siteId = siteId;
    }

    boolean isMinorOn(LocalDate day) {
        return Period.between(birthDate, day).getYears() < 18;
    }

    @Override
    public Long concernedApprenticeId() {
        return id;
    }
}
