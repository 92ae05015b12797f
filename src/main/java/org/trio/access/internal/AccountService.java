package org.trio.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AccountManagement;
import org.trio.access.Role;

@Service
@Transactional
class AccountService implements AccountManagement {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
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
            @Nullable Long personId) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("Un compte existe déjà pour " + username);
        }
        Account account = new Account(
                username.strip().toLowerCase(java.util.Locale.ROOT),
                passwordEncoder.encode(rawPassword),
                displayName,
                role,
                networkId,
                cfaId,
                siteId,
                personId);
        return accounts.save(account).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }
}
