package org.trio.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.trio.access.CurrentUser;
import org.trio.access.NewAccess;
import org.trio.access.Role;

/**
 * A login to Trio, with one role and the organisation or person it is anchored to. Repeated failed logins lock the
 * account for a growing time.
 */
@Entity
@Table(schema = "access", name = "account")
public class Account {

    static final int FREE_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "network_id")
    private @Nullable Long networkId;

    @Column(name = "cfa_id")
    private @Nullable Long cfaId;

    @Column(name = "site_id")
    private @Nullable Long siteId;

    @Column(name = "person_id")
    private @Nullable Long personId;

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "managed_by_cfa_id")
    private @Nullable Long managedByCfaId;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Version
    private long version;

    protected Account() {}

    Account(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long networkId,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable Long personId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.networkId = networkId;
        this.cfaId = cfaId;
        this.siteId = siteId;
        this.personId = personId;
        this.managedByCfaId = cfaId;
    }

    /** Hands the administration of the account to the direction of this CFA (null: the network's). */
    void manageFrom(@Nullable Long cfaId) {
        this.managedByCfaId = cfaId;
    }

    /** An account opened by the direction with a generated password, to be changed at the first login. */
    static Account opened(NewAccess access, String username, String passwordHash) {
        Account account = new Account(
                username,
                passwordHash,
                access.displayName(),
                access.role(),
                access.networkId(),
                access.cfaId(),
                access.siteId(),
                access.personId());
        account.managedByCfaId = access.managedByCfaId();
        account.mustChangePassword = true;
        return account;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, networkId, cfaId, siteId, personId);
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; from the fifth failure on, locks the account 1, 2, 4… minutes (at most one hour). */
    void loginFailed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= FREE_ATTEMPTS) {
            long minutes = Math.min(60, 1L << Math.min(6, failedAttempts - FREE_ATTEMPTS));
            lockedUntil = now.plus(Duration.ofMinutes(minutes));
        }
    }

    void loginSucceeded(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The holder chose a new password (already checked against the rules). */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** Lifts the lock after repeated failed logins and forgets the failures. */
    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Nullable
    Long getNetworkId() {
        return networkId;
    }

    @Nullable
    Long getManagedByCfaId() {
        return managedByCfaId;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    @Nullable
    Instant getLockedUntil() {
        return lockedUntil;
    }

    Role getRole() {
        return role;
    }
}
