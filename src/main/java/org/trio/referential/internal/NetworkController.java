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

    NetworkController(ReferentialManagement referential, EditForms forms) {
        this.referential = referential;
        this.forms = forms;
    }

    record NetworkRow(long id, String name, int cfas) {}

    @GetMapping("/networks")
    String networks(CurrentUser user, Model model) {
        List<NetworkRow> rows = user.networkId() == null
                ? List.of()
                : referential
                        .networkName(user.networkId())
                        .map(name -> List.of(new NetworkRow(
                                user.networkId(),
                                name,
                                referential.cfasOfNetwork(user.networkId()).size())))
                        .orElse(List.of());
        model.addAttribute("networks", rows);
        return "referential/networks";
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
