package org.trio.access;

import java.util.Optional;
import java.util.Set;
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
    default long createAccount(
            String username,
            String rawPassword,
            String displayName,
            Role role,
            @Nullable Long networkId,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable Long personId) {
        return createAccount(username, rawPassword, displayName, role, networkId, cfaId, siteId, personId, cfaId);
    }

    /**
     * Opens an account administered by the direction of another CFA than its own (e.g. a maître's account, anchored to
     * no CFA, administered by the CFA that follows their apprentice).
     *
     * @param managedByCfaId the CFA whose direction administers the account (null: the network's)
     */
    long createAccount(
            String username,
            String rawPassword,
            String displayName,
            Role role,
            @Nullable Long networkId,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable Long personId,
            @Nullable Long managedByCfaId);

    boolean exists(String username);

    /**
     * Opens an access for a person on behalf of the direction: generates a password that must be changed at the first
     * login. Throws {@link org.springframework.security.access.AccessDeniedException} when the grantor may not give
     * this role or administer this CFA's accounts, and {@link org.trio.shared.InvalidInputException} (field
     * {@code username} or {@code role}) when the login is missing, invalid or taken or the person has an access
     * already.
     */
    IssuedAccess openAccess(CurrentUser grantor, NewAccess access);

    /** The account standing for a person of the referential, if they have one. */
    Optional<AccountInfo> accountOf(PersonKind kind, long personId);

    /** Whether the user may open and administer accounts of this network and CFA (null: the network's own). */
    boolean mayAdministerAccounts(CurrentUser user, long networkId, @Nullable Long managedByCfaId);

    /** The roles the user may give when opening an access. */
    Set<Role> grantableRoles(CurrentUser user);
}
