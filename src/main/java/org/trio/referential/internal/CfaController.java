package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.CfaInfo;
import org.trio.referential.CodeList;
import org.trio.referential.NewCfa;
import org.trio.referential.ReferentialManagement;

/**
 * CFAs and their sites/UFA: the network admin sees and manages every CFA of the network (and creates CFAs), a director
 * manages their CFA, other staff see it.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class CfaController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final CfaList list;
    private final CfaDetails details;
    private final EditForms forms;
    private final Organisations organisations;
    private final Choices choices;
    private final ListExports exports;

    CfaController(
            ReferentialManagement referential,
            CfaList list,
            CfaDetails details,
            EditForms forms,
            Organisations organisations,
            Choices choices,
            SmartValidator validator,
            ListExports exports) {
        this.exports = exports;
        this.validator = validator;
        this.referential = referential;
        this.list = list;
        this.details = details;
        this.forms = forms;
        this.organisations = organisations;
        this.choices = choices;
    }

    @GetMapping("/cfas")
    String cfas(
            CurrentUser user,
            @ModelAttribute("filter") CfaList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", list.page(organisations.visibleCfaIds(user), filter, Paging.of(page)));
        model.addAttribute("cfaTypes", choices.of(CodeList.CFA_TYPE));
        model.addAttribute("mayCreate", user.role() == Role.NETWORK_ADMIN);
        return Htmx.view(request, "referential/cfas", "results");
    }

    @GetMapping(path = "/cfas", params = "format")
    ResponseEntity<StreamingResponseBody> exportCfas(
            CurrentUser user, @RequestParam String format, @ModelAttribute("filter") CfaList.Filter filter) {
        var table = exports.<CfaList.Row>table("cfas.title")
                .text(exports.header("cfa.name"), CfaList.Row::name)
                .text(exports.header("cfa.uai"), CfaList.Row::uai)
                .text(exports.header("cfa.siret"), CfaList.Row::siret)
                .text(
                        exports.header("cfa.cfaType"),
                        row -> row.cfaType() + " – " + exports.label("code.cfa-type.", row.cfaType()))
                .text(exports.header("cfa.city"), CfaList.Row::city)
                .integer(exports.header("cfas.sites"), CfaList.Row::sites);
        return exports.respond(
                format, "export.file.cfas", table, list.all(organisations.visibleCfaIds(user), filter), false, filter);
    }

    @GetMapping("/cfas/new")
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    String creation(CurrentUser user, Model model) {
        model.addAttribute(
                "cfa", new NewCfa(organisations.networkOf(user), null, null, null, null, null, null, null, null));
        return form(model, null);
    }

    @PostMapping("/cfas/new")
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    String create(
            CurrentUser user,
            @ModelAttribute("cfa") NewCfa form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        NewCfa command = inNetwork(form, organisations.networkOf(user));
        validator.validate(command, result);
        return Forms.created(result, () -> referential.registerCfa(command))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/cfas/" + id;
                })
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/cfas/{id}")
    String cfa(CurrentUser user, @PathVariable long id, Model model) {
        organisations.requireSees(user, id);
        model.addAttribute("cfa", details.cfa(id).orElseThrow(Organisations::notFound));
        model.addAttribute("sites", referential.sitesOfCfa(id));
        model.addAttribute("mayEdit", organisations.manages(user, id));
        return "referential/cfa";
    }

    @GetMapping("/cfas/{id}/edit")
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        organisations.requireManages(user, id);
        Versioned<NewCfa> current = forms.cfa(id).orElseThrow(Organisations::notFound);
        model.addAttribute("cfa", current.form());
        model.addAttribute("version", current.version());
        return form(model, id);
    }

    @PostMapping("/cfas/{id}/edit")
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute("cfa") NewCfa form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        organisations.requireManages(user, id);
        CfaInfo cfa = referential.cfa(id).orElseThrow(Organisations::notFound);
        NewCfa command = inNetwork(form, cfa.networkId());
        validator.validate(command, result);
        if (Forms.saved(result, () -> referential.updateCfa(id, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/cfas/" + id;
        }
        model.addAttribute("version", version);
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("cfaTypes", choices.of(CodeList.CFA_TYPE));
        return "referential/cfa-form";
    }

    private static NewCfa inNetwork(NewCfa form, long networkId) {
        return new NewCfa(
                networkId,
                form.name(),
                form.uai(),
                form.siret(),
                form.cfaType(),
                form.address(),
                form.postCode(),
                form.city(),
                form.communeInsee());
    }

    @Bean
    static NavigationEntry cfasNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION, "nav.cfas", "/cfas", "buildings", 20, ReferentialNavigation.STAFF);
    }
}
