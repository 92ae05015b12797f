package org.trio.access.internal;

import java.time.Clock;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;
    private final LoginAttempts attempts;

    AccountUserDetailsService(Accounts accounts, Clock clock, LoginAttempts attempts) {
        this.accounts = accounts;
        this.clock = clock;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (attempts.unknownLoginBlocked(username)) {
            throw new LockedException(username);
        }
        Account account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new TrioUserDetails(
                account.toCurrentUser(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.isLocked(clock.instant()),
                account.mustChangePassword());
    }
}
