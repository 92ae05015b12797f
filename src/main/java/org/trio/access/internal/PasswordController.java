package org.trio.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.shared.InvalidInputException;

/** "Change my password", for everybody; compulsory after a login with a generated password. */
@Controller
@PreAuthorize(Roles.AUTHENTICATED)
class PasswordController {

    static final String PATH = "/account/password";

    private final AccountAdministration administration;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(AccountAdministration administration) {
        this.administration = administration;
    }

    /** The form: the current password, the new one and its confirmation. */
    record PasswordChange(
            @NotBlank String currentPassword,
            @NotBlank String newPassword,
            @NotBlank String confirmation) {}

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("passwordChange", new PasswordChange("", "", ""));
        return "access/password";
    }

    @PostMapping(PATH)
    String change(
            CurrentUser user,
            @Valid @ModelAttribute("passwordChange") PasswordChange form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "access/password";
        }
        try {
            String hash = administration.changePassword(
                    user, form.currentPassword(), form.newPassword(), form.confirmation());
            refreshPrincipal(hash, request, response);
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            return "access/password";
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PATH;
    }

    /** The session keeps the principal: give it the new password and lift the compulsory change. */
    private void refreshPrincipal(String hash, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof TrioUserDetails details) {
            TrioUserDetails updated = details.withNewPassword(hash);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
    }
}
