package org.trio.referential.internal;

import java.util.List;
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
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;
import org.trio.platform.web.Choice;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.ReferentialManagement;

/** The legal representatives (rank 1 and 2) of a minor apprentice, kept by whoever may change their identity. */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class LegalRepresentativeController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final EditForms forms;
    private final AccessPolicy policy;

    LegalRepresentativeController(
            ReferentialManagement referential, EditForms forms, AccessPolicy policy, SmartValidator validator) {
        this.validator = validator;
        this.referential = referential;
        this.forms = forms;
        this.policy = policy;
    }

    @GetMapping("/apprentices/{id}/legal-representatives/new")
    String creation(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        int rank = referential.legalRepresentatives(id).isEmpty() ? 1 : 2;
        model.addAttribute(
                "legalRepresentative",
                new NewLegalRepresentative(id, rank, apprentice(id).lastName(), null, null, null, null, null, null));
        return form(model, id, null);
    }

    @PostMapping("/apprentices/{id}/legal-representatives/new")
    String create(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("legalRepresentative") NewLegalRepresentative form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        NewLegalRepresentative command = of(form, id);
        validator.validate(command, result);
        return Forms.created(result, () -> referential.registerLegalRepresentative(command))
                .map(created -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/apprentices/" + id;
                })
                .orElseGet(() -> form(model, id, null));
    }

    @GetMapping("/apprentices/{id}/legal-representatives/{representativeId}/edit")
    String edition(CurrentUser user, @PathVariable long id, @PathVariable long representativeId, Model model) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        Versioned<NewLegalRepresentative> current = ofApprentice(id, representativeId);
        model.addAttribute("legalRepresentative", current.form());
        model.addAttribute("version", current.version());
        return form(model, id, representativeId);
    }

    @PostMapping("/apprentices/{id}/legal-representatives/{representativeId}/edit")
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long representativeId,
            @RequestParam long version,
            @ModelAttribute("legalRepresentative") NewLegalRepresentative form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        ofApprentice(id, representativeId);
        NewLegalRepresentative command = of(form, id);
        validator.validate(command, result);
        if (Forms.saved(result, () -> referential.updateLegalRepresentative(representativeId, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/apprentices/" + id;
        }
        model.addAttribute("version", version);
        return form(model, id, representativeId);
    }

    @PostMapping("/apprentices/{id}/legal-representatives/{representativeId}/delete")
    String delete(
            CurrentUser user, @PathVariable long id, @PathVariable long representativeId, RedirectAttributes redirect) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        ofApprentice(id, representativeId);
        referential.removeLegalRepresentative(representativeId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/apprentices/" + id;
    }

    private Versioned<NewLegalRepresentative> ofApprentice(long apprenticeId, long representativeId) {
        Versioned<NewLegalRepresentative> current =
                forms.legalRepresentative(representativeId).orElseThrow(Organisations::notFound);
        if (current.form().apprenticeId() != apprenticeId) {
            throw Organisations.notFound();
        }
        return current;
    }

    private ApprenticeInfo apprentice(long id) {
        return referential.apprentice(id).orElseThrow(Organisations::notFound);
    }

    private String form(Model model, long apprenticeId, Long representativeId) {
        model.addAttribute("apprentice", apprentice(apprenticeId));
        model.addAttribute("id", representativeId);
        model.addAttribute("ranks", List.of(Choice.of(1, "1"), Choice.of(2, "2")));
        return "referential/legal-representative-form";
    }

    private static NewLegalRepresentative of(NewLegalRepresentative form, long apprenticeId) {
        return new NewLegalRepresentative(
                apprenticeId,
                form.rank(),
                form.lastName(),
                form.firstName(),
                form.relationship(),
                form.email(),
                form.phonePersonal(),
                form.phoneWork(),
                form.pcs());
    }
}
