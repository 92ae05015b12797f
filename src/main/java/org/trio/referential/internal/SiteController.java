package org.trio.referential.internal;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.referential.CfaInfo;
import org.trio.referential.NewSite;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.referential.SiteKind;
import org.trio.shared.SchoolYear;

/** The sites and UFA of a CFA, kept by the CFA's direction (or the network's). */
@Controller
@PreAuthorize(Roles.STAFF)
class SiteController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final EditForms forms;
    private final Organisations organisations;
    private final Choices choices;
    private final Clock clock;

    SiteController(
            ReferentialManagement referential,
            EditForms forms,
            Organisations organisations,
            Choices choices,
            Clock clock,
            SmartValidator validator) {
        this.validator = validator;
        this.referential = referential;
        this.forms = forms;
        this.organisations = organisations;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/cfas/{cfaId}/sites/new")
    String creation(CurrentUser user, @PathVariable long cfaId, Model model) {
        organisations.requireManages(user, cfaId);
        model.addAttribute("site", new NewSite(cfaId, null, SiteKind.SITE, null, null, null, null, null, null, null));
        return form(model, cfaId, null);
    }

    @PostMapping("/cfas/{cfaId}/sites/new")
    String create(
            CurrentUser user,
            @PathVariable long cfaId,
            @ModelAttribute("site") NewSite form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        organisations.requireManages(user, cfaId);
        NewSite command = ofCfa(form, cfaId);
        validator.validate(command, result);
        return Forms.created(result, () -> referential.registerSite(command))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/sites/" + id;
                })
                .orElseGet(() -> form(model, cfaId, null));
    }

    @GetMapping("/sites/{id}")
    String site(CurrentUser user, @PathVariable long id, Model model) {
        SiteInfo site = referential.site(id).orElseThrow(Organisations::notFound);
        organisations.requireSees(user, site.cfaId());
        model.addAttribute("site", site);
        model.addAttribute("cfa", referential.cfa(site.cfaId()).orElseThrow());
        model.addAttribute(
                "cohorts",
                referential.cohortsOfSite(
                        id, SchoolYear.of(LocalDate.now(clock)).startYear()));
        model.addAttribute("mayEdit", organisations.manages(user, site.cfaId()));
        return "referential/site";
    }

    @GetMapping("/sites/{id}/edit")
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        Versioned<NewSite> current = forms.site(id).orElseThrow(Organisations::notFound);
        organisations.requireManages(user, current.form().cfaId());
        model.addAttribute("site", current.form());
        model.addAttribute("version", current.version());
        return form(model, current.form().cfaId(), id);
    }

    @PostMapping("/sites/{id}/edit")
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute("site") NewSite form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        long cfaId = organisations.cfaOfSite(id);
        organisations.requireManages(user, cfaId);
        NewSite command = ofCfa(form, cfaId);
        validator.validate(command, result);
        if (Forms.saved(result, () -> referential.updateSite(id, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/sites/" + id;
        }
        model.addAttribute("version", version);
        return form(model, cfaId, id);
    }

    private String form(Model model, long cfaId, Long id) {
        CfaInfo cfa = referential.cfa(cfaId).orElseThrow(Organisations::notFound);
        model.addAttribute("id", id);
        model.addAttribute("cfa", cfa);
        model.addAttribute("kinds", choices.of(SiteKind.values(), "site.kind"));
        return "referential/site-form";
    }

    private static NewSite ofCfa(NewSite form, long cfaId) {
        return new NewSite(
                cfaId,
                form.name(),
                form.kind(),
                form.hostInstitution(),
                form.uai(),
                form.siret(),
                form.address(),
                form.postCode(),
                form.city(),
                form.communeInsee());
    }
}
