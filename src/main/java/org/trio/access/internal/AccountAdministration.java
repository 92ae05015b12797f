package org.trio.access.internal;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.AccountManagement;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/** What the direction does to accounts (disable, enable, unlock) and what everybody does to their own password. */
@Service
@Transactional
class AccountAdministration {

    private final Accounts accounts;
    private final AccountManagement management;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(
            Accounts accounts,
            AccountManagement management,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.management = management;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    void disable(CurrentUser user, long accountId) {
        Account account = administered(user, accountId);
        if (account.getId() == user.accountId()) {
            throw InvalidInputException.of(null, "account.disable.self");
        }
        account.disable();
    }

    void enable(CurrentUser user, long accountId) {
        administered(user, accountId).enable();
    }

    void unlock(CurrentUser user, long accountId) {
        administered(user, accountId).unlock();
    }

    /**
     * Changes the user's own password after checking the current one and the strength rule.
     *
     * @return the new password's hash
     */
    String changePassword(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "password.current.wrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw InvalidInputException.of("confirmation", "password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "password.same");
        }
        PasswordRules.check(newPassword, account.getUsername()).ifPresent(code -> {
            throw new InvalidInputException(Problem.of("newPassword", code, PasswordRules.MINIMUM_LENGTH));
        });
        String hash = passwordEncoder.encode(newPassword);
        account.changePassword(hash);
        audit.recordEvent(user, "PASSWORD_CHANGED", "");
        return hash;
    }

    java.time.Instant now() {
        return clock.instant();
    }

    private Account administered(CurrentUser user, long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Compte inconnu"));
        Long network = account.getNetworkId();
        if (network == null || !management.mayAdministerAccounts(user, network, account.getManagedByCfaId())) {
            throw new AccessDeniedException("Compte hors de votre périmètre");
        }
        return account;
    }
}
