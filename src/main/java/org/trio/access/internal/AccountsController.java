package org.trio.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccountInfo;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.shared.InvalidInputException;

/**
 * The accounts the direction administers: the network admin sees every account of the network, a CFA director those of
 * their CFA (its staff and the people it follows). Accounts are opened from each person's page.
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class AccountsController {

    private final AccountQueries queries;
    private final AccountAdministration administration;
    private final TableExports exports;
    private final AuditTrail audit;
    private final MessageSource messages;

    AccountsController(
            AccountQueries queries,
            AccountAdministration administration,
            TableExports exports,
            AuditTrail audit,
            MessageSource messages) {
        this.queries = queries;
        this.administration = administration;
        this.exports = exports;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/accounts")
    String accounts(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        AccountQueries.Filter filter = new AccountQueries.Filter(q, role, status);
        model.addAttribute("page", queries.administeredBy(user, filter, Paging.of(page), administration.now()));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("now", administration.now());
        model.addAttribute("me", user.accountId());
        return Htmx.view(request, "access/accounts", "results");
    }

    @GetMapping(path = "/accounts", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable String status) {
        AccountQueries.Filter filter = new AccountQueries.Filter(q, role, status);
        List<AccountInfo> rows = queries.allAdministeredBy(user, filter, administration.now());
        audit.recordEvent("EXPORT", text("accounts.export.audit", rows.size(), filter));
        Table<AccountInfo> table = Table.<AccountInfo>titled(text("accounts.title"))
                .text(text("accounts.person"), AccountInfo::displayName)
                .text(text("accounts.username"), AccountInfo::username)
                .text(text("accounts.role"), account -> text(account.role().messageKey()))
                .dateTime(text("accounts.lastLogin"), AccountInfo::lastLoginAt)
                .bool(text("accounts.status.enabled"), AccountInfo::enabled)
                .dateTime(text("accounts.status.locked"), AccountInfo::lockedUntil)
                .bool(text("accounts.must-change"), AccountInfo::mustChangePassword)
                .rows(rows);
        return exports.respond(format, text("accounts.export.file"), table);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> administration.disable(user, id), "account.disabled", redirect);
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> administration.enable(user, id), "account.enabled", redirect);
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> administration.unlock(user, id), "account.unlocked", redirect);
    }

    private static String act(Runnable action, String doneKey, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("doneKey", doneKey);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.problems().get(0).code());
        }
        return "redirect:/accounts";
    }

    @Bean
    static NavigationEntry accountsNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION,
                "nav.accounts",
                "/accounts",
                "person-badge",
                80,
                Set.of(Role.CFA_DIRECTOR.name(), Role.NETWORK_ADMIN.name()));
    }
}
