package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.trio.referential.NewLegalRepresentative;
import org.trio.shared.ConcernsApprentice;

/** A parent or guardian of a minor apprentice (rank 1 or 2, as in the national formats). */
@Entity
@Table(schema = "referential", name = "legal_representative")
class LegalRepresentative implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "apprentice_id")
    long apprenticeId;

    short rank;

    @Column(name = "last_name")
    String lastName;

    @Column(name = "first_name")
    String firstName;

    String relationship;
    String email;

    @Column(name = "phone_personal")
    String phonePersonal;

    @Column(name = "phone_work")
    String phoneWork;

    String address;

    @Column(name = "post_code")
    String postCode;

    String city;

    /** PCS code (socio-professional category) asked by the SIFA survey for minors. */
    String pcs;

    @Version
    long version;

    protected LegalRepresentative() {}

    LegalRepresentative(long apprenticeId, short rank) {
        this.apprenticeId = apprenticeId;
        this.rank = rank;
    }

    void describe(NewLegalRepresentative details) {
        rank = details.rank().shortValue();
        lastName = details.lastName().strip();
        firstName = details.firstName().strip();
        relationship = Versions.blankToNull(details.relationship());
        email = Versions.blankToNull(details.email());
        phonePersonal = Versions.blankToNull(details.phonePersonal());
        phoneWork = Versions.blankToNull(details.phoneWork());
        pcs = Versions.blankToNull(details.pcs());
    }

    void correct(long expectedVersion, NewLegalRepresentative details) {
        Versions.check(LegalRepresentative.class, id, version, expectedVersion);
        describe(details);
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
