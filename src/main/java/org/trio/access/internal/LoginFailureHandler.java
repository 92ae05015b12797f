package org.trio.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends the user back to the login page saying whether the password was wrong or the account is locked for now. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // an unknown login held up by LoginAttempts comes wrapped by the provider: it must read like a locked account
        boolean locked = exception instanceof LockedException || exception.getCause() instanceof LockedException;
        String reason = locked ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
