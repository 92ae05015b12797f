package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.trio.referential.NewEmployer;
import org.trio.shared.IdentifierKind;

/**
 * A company or public employer hosting apprentices, identified by the SIRET of the establishment. Its type follows
 * the CERFA: 11–16 private sector, 21–30 public sector; the specific employer code 0–4.
 */
@Entity
@Table(schema = "referential", name = "employer")
class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String siret;
    String name;
    String naf;
    String idcc;
    Integer headcount;

    @Column(name = "employer_type")
    String employerType;

    @Column(name = "specific_employer")
    String specificEmployer;

    @Embedded
    Address address;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "contact_phone")
    String contactPhone;

    @Version
    long version;

    protected Employer() {}

    Employer(String siret, String name) {
        this.siret = siret;
        this.name = name;
    }

    void update(
            String siret,
            String name,
            String naf,
            String idcc,
            Integer headcount,
            String employerType,
            String specificEmployer,
            Address address) {
        this.siret = siret;
        this.name = name;
        this.naf = naf;
        this.idcc = idcc;
        this.headcount = headcount;
        this.employerType = employerType;
        this.specificEmployer = specificEmployer;
        this.address = address;
    }

    /** Records the employer's details as the command states them (identifiers already validated). */
    void describe(NewEmployer details) {
        update(
                IdentifierKind.SIRET.normalize(details.siret()),
                details.name().strip(),
                Versions.blankToNull(IdentifierKind.NAF.normalize(details.naf())),
                Versions.blankToNull(IdentifierKind.IDCC.normalize(details.idcc())),
                details.headcount(),
                Versions.blankToNull(details.employerType()),
                Versions.blankToNull(details.specificEmployer()),
                new Address(
                        Versions.blankToNull(details.address()),
                        Versions.blankToNull(details.postCode()),
                        Versions.blankToNull(details.city()),
                        Versions.blankToNull(details.communeInsee())));
        contact(
                Versions.blankToNull(details.contactName()),
                Versions.blankToNull(details.contactEmail()),
                Versions.blankToNull(details.contactPhone()));
    }

    void correct(long expectedVersion, NewEmployer details) {
        Versions.check(Employer.class, id, version, expectedVersion);
        describe(details);
    }

    void contact(String name, String email, String phone) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
    }
}
