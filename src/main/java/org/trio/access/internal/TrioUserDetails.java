package org.trio.access.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.trio.access.CurrentUser;

/**
 * The security principal of a logged-in account.
 *
 * @param mustChangePassword whether every page leads to the password change until a new one is chosen
 */
public record TrioUserDetails(
        CurrentUser user, String password, boolean enabled, boolean locked, boolean mustChangePassword)
        implements UserDetails {

    /** A principal whose password needs no change (as tests and tools build them). */
    public TrioUserDetails(CurrentUser user, String password, boolean enabled, boolean locked) {
        this(user, password, enabled, locked, false);
    }

    /** The same principal once its holder chose a new password. */
    TrioUserDetails withNewPassword(String passwordHash) {
        return new TrioUserDetails(user, passwordHash, enabled, locked, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
