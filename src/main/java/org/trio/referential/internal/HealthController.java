package org.trio.referential.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import org.trio.referential.HealthInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The restricted health and handicap data of an apprentice (RQTH, adjustments), kept by the disability referent:
 * reading them is audited, their changes are traced without their values.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class HealthController {

    private final ReferentialManagement referential;
    private final EditForms forms;
    private final AccessPolicy policy;

    HealthController(ReferentialManagement referential, EditForms forms, AccessPolicy policy) {
        this.referential = referential;
        this.forms = forms;
        this.policy = policy;
    }

    /** The form of the health section. */
    record HealthForm(
            Boolean rqth,

            @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate rqthDate,

            @Size(max = 2000) String adjustments) {

        boolean recognised() {
            return Boolean.TRUE.equals(rqth);
        }
    }

    @GetMapping("/apprentices/{id}/health/edit")
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireWrite(user, id, DataCategory.HEALTH);
        policy.requireRead(user, id, DataCategory.HEALTH);
        HealthInfo health = referential.health(id).orElse(null);
        model.addAttribute(
                "health",
                health == null
                        ? new HealthForm(false, null, null)
                        : new HealthForm(health.rqth(), health.rqthDate(), health.adjustments()));
        model.addAttribute("version", forms.healthVersion(id));
        return form(model, id);
    }

    @PostMapping("/apprentices/{id}/health/edit")
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("health") HealthForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        policy.requireWrite(user, id, DataCategory.HEALTH);
        if (Forms.saved(
                result,
                () -> referential.recordHealth(id, version, form.recognised(), form.rqthDate(), form.adjustments()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/apprentices/" + id;
        }
        model.addAttribute("version", version);
        return form(model, id);
    }

    private String form(Model model, long id) {
        model.addAttribute("apprentice", referential.apprentice(id).orElseThrow(Organisations::notFound));
        return "referential/health-form";
    }
}
