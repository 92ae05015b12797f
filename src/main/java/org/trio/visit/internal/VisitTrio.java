package org.trio.visit.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trio.access.Role;
import org.trio.referential.ReferentialManagement;

/** The trio of a contract as the visits see it: the apprentice, the maître(s) and the referent trainer. */
@Component
class VisitTrio {

    /** A member and the address the referential knows. */
    record Member(
            Role role, long personId, String name, @Nullable String email) {}

    private final ReferentialManagement referential;

    VisitTrio(ReferentialManagement referential) {
        this.referential = referential;
    }

    List<Member> of(FollowedContract contract) {
        List<Member> members = new ArrayList<>();
        referential
                .apprentice(contract.apprenticeId())
                .ifPresent(a -> members.add(new Member(Role.APPRENTICE, a.id(), a.fullName(), a.email())));
        if (contract.mentor1Id() != null) {
            referential
                    .mentor(contract.mentor1Id())
                    .ifPresent(m -> members.add(new Member(Role.MENTOR, m.id(), m.fullName(), m.email())));
        }
        if (contract.mentor2Id() != null) {
            referential
                    .mentor(contract.mentor2Id())
                    .ifPresent(m -> members.add(new Member(Role.MENTOR, m.id(), m.fullName(), m.email())));
        }
        if (contract.tutorStaffId() != null) {
            referential
                    .staffMember(contract.tutorStaffId())
                    .ifPresent(s -> members.add(new Member(Role.TUTOR, s.id(), s.fullName(), s.email())));
        }
        return members;
    }
}
