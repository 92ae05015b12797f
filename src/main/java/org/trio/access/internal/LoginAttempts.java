package org.trio.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;

/**
 * Slows down password guessing: failures are counted per account (which then locks for a growing time) and, for
 * unknown logins, in memory, so that guessing names gains nothing either.
 */
@Component
class LoginAttempts {

    private static final Duration UNKNOWN_WINDOW = Duration.ofMinutes(15);

    private final Accounts accounts;
    private final Clock clock;
    private final AuditTrail audit;
    private final Map<String, Failures> unknownLogins = new ConcurrentHashMap<>();

    LoginAttempts(Accounts accounts, Clock clock, AuditTrail audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username =
                String.valueOf(event.getAuthentication().getPrincipal()).strip();
        Instant now = clock.instant();
        accounts.findByUsernameIgnoreCase(username)
                .ifPresentOrElse(
                        account -> account.loginFailed(now),
                        () -> unknownLogins.merge(
                                username.toLowerCase(java.util.Locale.ROOT),
                                new Failures(1, now),
                                (old, fresh) -> old.since().plus(UNKNOWN_WINDOW).isBefore(now)
                                        ? fresh
                                        : new Failures(old.count() + 1, old.since())));
        audit.recordEvent("LOGIN_FAILED", username);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TrioUserDetails details) {
            accounts.findById(details.user().accountId()).ifPresent(account -> account.loginSucceeded(clock.instant()));
            audit.recordEvent(details.user(), "LOGIN", "");
        }
    }

    /** Whether an unknown login has failed too often lately (treated like a locked account). */
    boolean unknownLoginBlocked(String username) {
        Failures failures = unknownLogins.get(username.strip().toLowerCase(java.util.Locale.ROOT));
        return failures != null
                && failures.count() >= Account.FREE_ATTEMPTS
                && failures.since().plus(UNKNOWN_WINDOW).isAfter(clock.instant());
    }

    private record Failures(int count, Instant since) {}
}
