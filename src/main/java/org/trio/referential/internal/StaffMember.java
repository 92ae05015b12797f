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
import org.trio.referential.NewStaffMember;
import org.trio.referential.StaffFunction;

/** Someone working for a CFA or the network: trainer/tutor, CJE, ADCP, ASE, secretariat, referents, direction… */
@Entity
@Table(schema = "referential", name = "staff_member")
class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id")
    long networkId;

    @Column(name = "cfa_id")
    Long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "last_name")
    String lastName;

    @Column(name = "first_name")
    String firstName;

    String email;
    String phone;

    @Enumerated(EnumType.STRING)
    StaffFunction function;

    @Column(name = "job_title")
    String jobTitle;

    @Version
    long version;

    protected StaffMember() {}

    StaffMember(long networkId, Long cfaId, Long siteId, StaffFunction function) {
        this.networkId = networkId;
        this.cfaId = cfaId;
        this.siteId = siteId;
        this.function = function;
    }

    void describe(NewStaffMember details) {
        cfaId = details.cfaId();
        siteId = details.siteId();
        function = details.function();
        lastName = details.lastName().strip();
        firstName = details.firstName().strip();
        email = Versions.blankToNull(details.email());
        phone = Versions.blankToNull(details.phone());
        jobTitle = Versions.blankToNull(details.jobTitle());
    }

    void correct(long expectedVersion, NewStaffMember details) {
        Versions.check(StaffMember.class, id, version, expectedVersion);
        describe(details);
    }
}
