package org.trio.warning.internal;

import org.jspecify.annotations.Nullable;
import org.trio.access.AccessRules;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;

/**
 * Who does something, as the services record it.
 *
 * @param staffId the staff member behind the account, if the account is a staff member's
 * @param socialReader whether the role may read (and, for {@code socialWriter}, change) social data
 */
record Actor(String name, @Nullable Long staffId, boolean socialReader, boolean socialWriter) {

    static Actor of(CurrentUser user) {
        return new Actor(
                user.displayName(),
                user.role().isStaff() ? user.personId() : null,
                AccessRules.mayRead(user.role(), DataCategory.SOCIAL),
                AccessRules.mayWrite(user.role(), DataCategory.SOCIAL));
    }

    /** Trio itself, for the automatic rules. */
    static Actor system(String name) {
        return new Actor(name, null, false, false);
    }

    static boolean readsSocial(Role role) {
        return AccessRules.mayRead(role, DataCategory.SOCIAL);
    }
}
