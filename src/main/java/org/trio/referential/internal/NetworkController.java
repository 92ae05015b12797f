package org.trio.referential.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/** The network of the tête de réseau: its name and its CFAs. Networks are created when Trio is installed. */
@Controller
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class NetworkController {

    private final ReferentialManagement referential;
    private final EditForms forms;
    private final ListExports exports;

    NetworkController(ReferentialManagement referential, EditForms forms, ListExports exports) {
        this.referential = referential;
        this.forms = forms;
        this.exports = exports;
    }

    record NetworkRow(long id, String name, int cfas) {}

    @GetMapping("/networks")
    String networks(CurrentUser user, Model model) {
        model.addAttribute("networks", networkRows(user));
        return "referential/networks";
    }

    @GetMapping(path = "/networks", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportNetworks(CurrentUser user, @org.springframework.web.bind.annotation.RequestParam String format) {
        var table = exports.<NetworkRow>table("networks.title")
                .text(exports.header("network.name"), NetworkRow::name)
                .integer(exports.header("networks.cfas"), NetworkRow::cfas);
        return exports.respond(format, "export.file.networks", table, networkRows(user), false, "");
    }

    @GetMapping(path = "/networks/{id}", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportNetworkCfas(
                    CurrentUser user,
                    @PathVariable long id,
                    @org.springframework.web.bind.annotation.RequestParam String format) {
        own(user, id);
        var table = exports.<org.trio.referential.CfaInfo>table("networks.cfas.caption")
                .text(exports.header("cfa.name"), org.trio.referential.CfaInfo::name)
                .text(exports.header("cfa.uai"), org.trio.referential.CfaInfo::uai)
                .text(exports.header("cfa.siret"), org.trio.referential.CfaInfo::siret)
                .text(exports.header("cfa.city"), org.trio.referential.CfaInfo::city);
        return exports.respond(
                format, "export.file.network-cfas", table, referential.cfasOfNetwork(id), false, "réseau " + id);
    }

    private List<NetworkRow> networkRows(CurrentUser user) {
        return user.networkId() == null
                ? List.of()
                : referential
                        .networkName(user.networkId())
                        .map(name -> List.of(new NetworkRow(
                                user.networkId(),
                                name,
                                referential.cfasOfNetwork(user.networkId()).size())))
                        .orElse(List.of());
    }

    @GetMapping("/networks/{id}")
    String network(CurrentUser user, @PathVariable long id, Model model) {
        own(user, id);
        model.addAttribute("id", id);
        model.addAttribute("name", referential.networkName(id).orElseThrow(Organisations::notFound));
        model.addAttribute("cfas", referential.cfasOfNetwork(id));
        return "referential/network";
    }

    @GetMapping("/networks/{id}/edit")
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        own(user, id);
        Versioned<String> current = forms.networkName(id).orElseThrow(Organisations::notFound);
        model.addAttribute("id", id);
        model.addAttribute("name", current.form());
        model.addAttribute("version", current.version());
        return "referential/network-form";
    }

    @PostMapping("/networks/{id}/edit")
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        own(user, id);
        try {
            referential.renameNetwork(id, version, name);
        } catch (InvalidInputException e) {
            model.addAttribute("id", id);
            model.addAttribute("name", name);
            model.addAttribute("version", version);
            model.addAttribute("errorKey", e.problems().get(0).code());
            return "referential/network-form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/networks/" + id;
    }

    private static void own(CurrentUser user, long networkId) {
        if (user.networkId() == null || user.networkId() != networkId) {
            throw new AccessDeniedException("Réseau hors de votre périmètre");
        }
    }

    @Bean
    static NavigationEntry networksNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION,
                "nav.networks",
                "/networks",
                "diagram-3",
                10,
                ReferentialNavigation.NETWORK);
    }
}
