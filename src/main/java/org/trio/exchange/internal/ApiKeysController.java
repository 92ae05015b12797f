package org.trio.exchange.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/**
 * The API keys page of the direction: the keys of the CFA (the network's administrator sees and creates keys for the
 * whole network or one of its CFAs), the creation of a key with its scopes — its text shown once — and revocation.
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class ApiKeysController {

    private final ApiKeys keys;
    private final ReferentialManagement referential;
    private final org.trio.platform.document.TableExports exports;

    ApiKeysController(
            ApiKeys keys, ReferentialManagement referential, org.trio.platform.document.TableExports exports) {
        this.keys = keys;
        this.referential = referential;
        this.exports = exports;
    }

    /** The keys the page lists (never their secret: only its prefix is known), as XLSX or CSV. */
    @GetMapping(path = "/exchange/api-keys", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(CurrentUser user, @RequestParam String format) {
        long network = network(user);
        java.util.Map<Long, String> cfaNames = new java.util.HashMap<>();
        referential.cfasOfNetwork(network).forEach(cfa -> cfaNames.put(cfa.id(), cfa.name()));
        org.trio.platform.document.Table<ApiKeys.Key> table = org.trio.platform.document.Table.<ApiKeys.Key>titled(
                        "Clés d'API")
                .text("Nom", ApiKeys.Key::label)
                .text("Préfixe", ApiKeys.Key::prefix)
                .text("Organisme", key -> key.cfaId() == null ? "Tout le réseau" : cfaNames.get(key.cfaId()))
                .text(
                        "Droits",
                        key -> key.scopes().stream()
                                .map(ApiScope::code)
                                .sorted()
                                .collect(java.util.stream.Collectors.joining(", ")))
                .text("Créée par", ApiKeys.Key::createdBy)
                .dateTime("Créée le", ApiKeys.Key::createdAt)
                .dateTime("Dernière utilisation", ApiKeys.Key::lastUsedAt)
                .dateTime("Révoquée le", ApiKeys.Key::revokedAt)
                .rows(keys.keys(network, networkWide(user) ? null : user.cfaId()));
        return exports.respond(format, "cles-api", table);
    }

    @GetMapping("/exchange/api-keys")
    String page(CurrentUser user, Model model) {
        long network = network(user);
        model.addAttribute("keys", keys.keys(network, networkWide(user) ? null : user.cfaId()));
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("networkWide", networkWide(user));
        model.addAttribute("cfas", networkWide(user) ? referential.cfasOfNetwork(network) : List.of());
        return "exchange/api-keys";
    }

    @PostMapping("/exchange/api-keys")
    String create(
            CurrentUser user,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(name = "scope", required = false) @Nullable List<String> scopes,
            @RequestParam(required = false) @Nullable Long cfa,
            RedirectAttributes redirect) {
        long network = network(user);
        Long owner = networkWide(user) ? cfa : user.cfaId();
        if (owner != null && referential.cfa(owner).map(CfaInfo::networkId).orElse(-1L) != network) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        for (String code : scopes == null ? List.<String>of() : scopes) {
            ApiScope.ofCode(code).ifPresent(chosen::add);
        }
        try {
            ApiKeys.Created created = keys.create(user, network, owner, label, chosen);
            redirect.addFlashAttribute("created", created);
        } catch (InvalidInputException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(problem -> problems.add(problem.code()));
            redirect.addFlashAttribute("keyErrors", problems);
            redirect.addFlashAttribute("label", label);
        }
        return "redirect:/exchange/api-keys";
    }

    @PostMapping("/exchange/api-keys/{id}/revoke")
    String revoke(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        ApiKeys.Key key = keys.key(id)
                .filter(k -> k.networkId() == network(user)
                        && (networkWide(user) || (k.cfaId() != null && k.cfaId().equals(user.cfaId()))))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        keys.revoke(user, key.id());
        redirect.addFlashAttribute("revoked", key.label());
        return "redirect:/exchange/api-keys";
    }

    private static boolean networkWide(CurrentUser user) {
        return user.is(Role.NETWORK_ADMIN);
    }

    private static long network(CurrentUser user) {
        if (user.networkId() == null || (!networkWide(user) && user.cfaId() == null)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.networkId();
    }
}
