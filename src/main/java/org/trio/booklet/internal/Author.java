package org.trio.booklet.internal;

import org.trio.access.CurrentUser;
import org.trio.access.Role;

/** Who writes or reads in a livret: a person in a role. */
record Author(Role role, Long personId, String name) {

    static Author of(CurrentUser user) {
        return new Author(user.role(), user.personId(), user.displayName());
    }
}
