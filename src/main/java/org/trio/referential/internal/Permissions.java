package org.trio.referential.internal;

import java.util.EnumSet;
import java.util.Set;
import org.trio.access.CurrentUser;
import org.trio.access.Role;

/**
 * Which buttons a page shows, following the role groups of {@link org.trio.access.Roles} that guard the actions
 * themselves (a page never offers what its controller would refuse).
 */
final class Permissions {

    private static final Set<Role> EMPLOYER_RELATIONS =
            EnumSet.of(Role.CFA_DIRECTOR, Role.NETWORK_ADMIN, Role.PLACEMENT_ADVISOR, Role.SECRETARIAT);
    private static final Set<Role> ADMINISTRATION = EnumSet.of(Role.CFA_DIRECTOR, Role.NETWORK_ADMIN, Role.SECRETARIAT);
    private static final Set<Role> APPRENTICE_REGISTRATION =
            EnumSet.of(Role.CFA_DIRECTOR, Role.NETWORK_ADMIN, Role.PLACEMENT_ADVISOR, Role.SECRETARIAT);

    private Permissions() {}

    /** {@link org.trio.access.Roles#EMPLOYER_RELATIONS}: employers and maîtres. */
    static boolean recordsEmployers(CurrentUser user) {
        return EMPLOYER_RELATIONS.contains(user.role());
    }

    /** {@link org.trio.access.Roles#ADMINISTRATION}: programmes, cohorts, certifying institutions. */
    static boolean administers(CurrentUser user) {
        return ADMINISTRATION.contains(user.role());
    }

    /** {@link org.trio.access.Roles#APPRENTICE_REGISTRATION}: new apprentices. */
    static boolean registersApprentices(CurrentUser user) {
        return APPRENTICE_REGISTRATION.contains(user.role());
    }
}
