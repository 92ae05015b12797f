package org.trio.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.access.Role;

/** Requests made as a demo account of a role, or any account, for MockMvc integration tests. */
public final class Logins {

    private final UserDetailsService users;

    public Logins(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(Role role) {
        return as(DemoUsers.of(role));
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
