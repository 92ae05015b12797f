package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.NewCertifyingInstitution;
import org.trio.referential.ReferentialManagement;

/** The schools and universities certifying the diplomas prepared at the CFAs. */
@Controller
@PreAuthorize(Roles.STAFF)
class CertifierController {

    private final ReferentialManagement referential;
    private final CertifierList list;
    private final EditForms forms;
    private final ListExports exports;

    CertifierController(ReferentialManagement referential, CertifierList list, EditForms forms, ListExports exports) {
        this.exports = exports;
        this.referential = referential;
        this.list = list;
        this.forms = forms;
    }

    @GetMapping("/certifying-institutions")
    String certifiers(
            CurrentUser user,
            @ModelAttribute("filter") CertifierList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", list.page(filter, Paging.of(page)));
        model.addAttribute("mayCreate", Permissions.administers(user));
        return Htmx.view(request, "referential/certifiers", "results");
    }

    @GetMapping(path = "/certifying-institutions", params = "format")
    ResponseEntity<StreamingResponseBody> exportCertifiers(
            @RequestParam String format, @ModelAttribute("filter") CertifierList.Filter filter) {
        var table = exports.<CertifierList.Row>table("certifiers.title")
                .text(exports.header("certifier.name"), CertifierList.Row::name)
                .text(exports.header("certifier.uai"), CertifierList.Row::uai)
                .text(exports.header("certifier.siret"), CertifierList.Row::siret)
                .text(exports.header("certifier.kind"), CertifierList.Row::kind)
                .integer(exports.header("certifiers.programmes"), CertifierList.Row::programmes);
        return exports.respond(format, "export.file.certifiers", table, list.all(filter), false, filter);
    }

    @GetMapping("/certifying-institutions/new")
    @PreAuthorize(Roles.ADMINISTRATION)
    String creation(Model model) {
        model.addAttribute("certifier", new NewCertifyingInstitution(null, null, null, null));
        return form(model, null);
    }

    @PostMapping("/certifying-institutions/new")
    @PreAuthorize(Roles.ADMINISTRATION)
    String create(
            @Valid @ModelAttribute("certifier") NewCertifyingInstitution form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.created(result, () -> referential.registerCertifyingInstitution(form))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/certifying-institutions/" + id;
                })
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/certifying-institutions/{id}")
    String certifier(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("certifier", referential.certifyingInstitution(id).orElseThrow(Organisations::notFound));
        model.addAttribute("mayEdit", Permissions.administers(user));
        return "referential/certifier";
    }

    @GetMapping("/certifying-institutions/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATION)
    String edition(@PathVariable long id, Model model) {
        Versioned<NewCertifyingInstitution> current =
                forms.certifyingInstitution(id).orElseThrow(Organisations::notFound);
        model.addAttribute("certifier", current.form());
        model.addAttribute("version", current.version());
        return form(model, id);
    }

    @PostMapping("/certifying-institutions/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATION)
    String edit(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("certifier") NewCertifyingInstitution form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.saved(result, () -> referential.updateCertifyingInstitution(id, version, form))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/certifying-institutions/" + id;
        }
        model.addAttribute("version", version);
        return form(model, id);
    }

    private static String form(Model model, Long id) {
        model.addAttribute("id", id);
        return "referential/certifier-form";
    }

    @Bean
    static NavigationEntry certifiersNavigation() {
        return new NavigationEntry(
                NavigationSection.TRAINING,
                "nav.certifiers",
                "/certifying-institutions",
                "patch-check",
                30,
                ReferentialNavigation.STAFF);
    }
}
