package org.trio.booklet.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trio.access.Role;
import org.trio.contract.ContractInfo;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The people who share a contract's livret: the apprentice, the maître(s), the referent trainer of the enrolment and
 * the programme lead — with the e-mail address the referential knows for each.
 */
@Component
class TrioMembers {

    /** One member, as a person in a role. */
    record Member(
            Role role, long personId, String name, @Nullable String email) {}

    private final EnrolmentManagement enrolments;
    private final ReferentialManagement referential;

    TrioMembers(EnrolmentManagement enrolments, ReferentialManagement referential) {
        this.enrolments = enrolments;
        this.referential = referential;
    }

    List<Member> of(ContractInfo contract) {
        List<Member> members = new ArrayList<>();
        referential
                .apprentice(contract.apprenticeId())
                .ifPresent(a -> members.add(new Member(Role.APPRENTICE, a.id(), a.fullName(), a.email())));
        referential
                .mentor(contract.mentor1Id())
                .ifPresent(m -> members.add(new Member(Role.MENTOR, m.id(), m.fullName(), m.email())));
        if (contract.mentor2Id() != null) {
            referential
                    .mentor(contract.mentor2Id())
                    .ifPresent(m -> members.add(new Member(Role.MENTOR, m.id(), m.fullName(), m.email())));
        }
        EnrolmentInfo enrolment = enrolments.enrolment(contract.enrolmentId()).orElse(null);
        if (enrolment != null) {
            if (enrolment.tutorStaffId() != null) {
                referential
                        .staffMember(enrolment.tutorStaffId())
                        .ifPresent(s -> members.add(new Member(Role.TUTOR, s.id(), s.fullName(), s.email())));
            }
            referential
                    .programme(enrolment.programmeId())
                    .map(ProgrammeInfo::leadStaffId)
                    .flatMap(referential::staffMember)
                    .ifPresent(s -> members.add(new Member(Role.PROGRAMME_LEAD, s.id(), s.fullName(), s.email())));
        }
        return members;
    }
}
