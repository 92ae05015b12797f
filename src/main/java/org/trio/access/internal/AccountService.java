package org.trio.access.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AccountInfo;
import org.trio.access.AccountManagement;
import org.trio.access.CurrentUser;
import org.trio.access.IssuedAccess;
import org.trio.access.NewAccess;
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.shared.InvalidInputException;

@Service
@Transactional
class AccountService implements AccountManagement {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Accounts accounts;
    private final AccountQueries queries;
    private final PasswordEncoder passwordEncoder;

    AccountService(Accounts accounts, AccountQueries queries, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public long createAccount(
            String username,
            String rawPassword,
            String displayName,
            Role role,
            @Nullable Long networkId,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable Long personId,
            @Nullable Long managedByCfaId) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("Un compte existe déjà pour " + username);
        }
        Account account = new Account(
                username.strip().toLowerCase(Locale.ROOT),
                passwordEncoder.encode(rawPassword),
                displayName,
                role,
                networkId,
                cfaId,
                siteId,
                personId);
        account.manageFrom(managedByCfaId);
        return accounts.save(account).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    @Override
    public IssuedAccess openAccess(CurrentUser grantor, NewAccess access) {
        if (!grantableRoles(grantor).contains(access.role())
                || !mayAdministerAccounts(grantor, access.networkId(), access.managedByCfaId())) {
            throw new AccessDeniedException("Ouverture d'accès refusée");
        }
        String username =
                access.username() == null ? "" : access.username().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            throw InvalidInputException.of("username", "account.username.missing");
        }
        if (!EMAIL.matcher(username).matches()) {
            throw InvalidInputException.of("username", "account.username.invalid", username);
        }
        if (accountOf(access.role().personKind(), access.personId()).isPresent()) {
            throw InvalidInputException.of("role", "account.person.has-access");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw InvalidInputException.of("username", "account.username.taken", username);
        }
        String password = PasswordRules.generate();
        Account account = accounts.save(Account.opened(access, username, passwordEncoder.encode(password)));
        return new IssuedAccess(account.getId(), username, password);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountInfo> accountOf(PersonKind kind, long personId) {
        return queries.accountOf(kind, personId);
    }

    @Override
    public boolean mayAdministerAccounts(CurrentUser user, long networkId, @Nullable Long managedByCfaId) {
        return switch (user.role()) {
            case NETWORK_ADMIN -> user.networkId() != null && user.networkId() == networkId;
            case CFA_DIRECTOR -> user.cfaId() != null && user.cfaId().equals(managedByCfaId);
            default -> false;
        };
    }

    @Override
    public Set<Role> grantableRoles(CurrentUser user) {
        return switch (user.role()) {
            case NETWORK_ADMIN -> EnumSet.complementOf(EnumSet.of(Role.OBSERVER));
            case CFA_DIRECTOR -> EnumSet.complementOf(EnumSet.of(Role.OBSERVER, Role.NETWORK_ADMIN));
            default -> EnumSet.noneOf(Role.class);
        };
    }
}
