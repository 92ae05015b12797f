package org.trio.access;

import org.jspecify.annotations.Nullable;

/** Creates and maintains logins. */
public interface AccountManagement {

    /**
     * Opens an account.
     *
     * @param username the login, an e-mail address, unique
     * @param rawPassword the password, hashed before it is stored
     * @return the new account's id
     */
    long createAccount(
            String username,
            String rawPassword,
            String displayName,
            Role role,
            @Nullable Long networkId,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable Long personId);

    boolean exists(String username);
}
