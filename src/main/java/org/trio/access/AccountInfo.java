package org.trio.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as the administration pages see it (never its password).
 *
 * @param managedByCfaId the CFA whose direction administers the account (null: the network's)
 * @param lockedUntil end of the lock after repeated failed logins, if any
 * @param mustChangePassword whether the next login must choose a new password (generated passwords)
 */
public record AccountInfo(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long networkId,
        @Nullable Long cfaId,
        @Nullable Long siteId,
        @Nullable Long personId,
        @Nullable Long managedByCfaId,
        boolean enabled,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        boolean mustChangePassword) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
