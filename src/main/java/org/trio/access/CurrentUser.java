package org.trio.access;

import org.jspecify.annotations.Nullable;

/**
 * The person using Trio. Controllers receive it as a method parameter.
 *
 * @param accountId the account
 * @param username the login (an e-mail address)
 * @param displayName name shown in the page header
 * @param role the account's role
 * @param networkId the network the account belongs to
 * @param cfaId the CFA of staff accounts (null for network-wide and external accounts)
 * @param siteId the site (UFA) a staff account is limited to, if any
 * @param personId the person of the referential behind the account (apprentice, maître, trainer, staff,
 *     legal representative), if any
 */
public record CurrentUser(
        long accountId,
        String username,
        String displayName,
        Role role,
        @Nullable Long networkId,
        @Nullable Long cfaId,
        @Nullable Long siteId,
        @Nullable Long personId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
