package org.trio.access;

import org.jspecify.annotations.Nullable;

/**
 * An access to open for a person of the referential: the login (their e-mail address), the role and what it is
 * anchored to. The password is generated.
 *
 * @param managedByCfaId the CFA whose direction will administer the account (null: the network's)
 */
public record NewAccess(
        String username,
        String displayName,
        Role role,
        long networkId,
        @Nullable Long cfaId,
        @Nullable Long siteId,
        long personId,
        @Nullable Long managedByCfaId) {}
