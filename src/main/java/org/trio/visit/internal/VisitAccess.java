package org.trio.visit.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;

/**
 * Who may read and write a contract's visits: the access policy on the apprentice's pedagogical data, and for a maître
 * only the contracts where they are maître.
 */
@Component
class VisitAccess {

    private final AccessPolicy access;

    VisitAccess(AccessPolicy access) {
        this.access = access;
    }

    void requireRead(CurrentUser user, FollowedContract contract) {
        access.requireRead(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        requireOwnIfMentor(user, contract);
    }

    void requireWrite(CurrentUser user, FollowedContract contract) {
        access.requireWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        requireOwnIfMentor(user, contract);
    }

    /** Planning visits and writing reports is the CFA's. */
    void requireStaffWrite(CurrentUser user, FollowedContract contract) {
        requireWrite(user, contract);
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("Les visites sont planifiées et rapportées par le CFA");
        }
    }

    boolean canWrite(CurrentUser user, FollowedContract contract) {
        return access.canWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL)
                && (user.role() != Role.MENTOR || isMentorOf(user, contract));
    }

    private static void requireOwnIfMentor(CurrentUser user, FollowedContract contract) {
        if (user.role() == Role.MENTOR && !isMentorOf(user, contract)) {
            throw new AccessDeniedException("Visites d'un autre maître d'apprentissage");
        }
    }

    static boolean isMentorOf(CurrentUser user, FollowedContract contract) {
        return user.personId() != null
                && (user.personId().equals(contract.mentor1Id())
                        || user.personId().equals(contract.mentor2Id()));
    }
}
