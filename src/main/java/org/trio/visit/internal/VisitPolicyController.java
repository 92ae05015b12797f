package org.trio.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/**
 * The visit policy page: the visits due to the contracts of the CFA (for all its programmes or for one), read by the
 * direction and changed by the CFA's director from a contract start date on.
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class VisitPolicyController {

    private final VisitPolicies policies;
    private final ReferentialManagement referential;
    private final Clock clock;

    VisitPolicyController(VisitPolicies policies, ReferentialManagement referential, Clock clock) {
        this.policies = policies;
        this.referential = referential;
        this.clock = clock;
    }

    @GetMapping("/visits/policy")
    String page(@RequestParam(required = false) @Nullable Long programme, CurrentUser user, Model model) {
        return fill(user, checked(user, programme), model);
    }

    @PostMapping("/visits/policy")
    @PreAuthorize("hasRole('CFA_DIRECTOR')")
    String change(
            CurrentUser user,
            @ModelAttribute("visitPolicyForm") PolicyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Long programme = checked(user, form.getProgrammeId());
        if (user.cfaId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!result.hasErrors()) {
            try {
                VisitPolicies.Change change =
                        policies.replace(new VisitPolicies.Scope(user.cfaId(), programme), form, LocalDate.now(clock));
                redirect.addFlashAttribute("policyChange", change);
                return "redirect:/visits/policy" + (programme == null ? "" : "?programme=" + programme);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return fill(user, programme, model);
    }

    /** The programme chosen, which must be one of the user's network. */
    private @Nullable Long checked(CurrentUser user, @Nullable Long programme) {
        if (programme == null) {
            return null;
        }
        Optional<ProgrammeInfo> found = referential.programme(programme);
        if (found.isEmpty() || user.networkId() == null || found.get().networkId() != user.networkId()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return programme;
    }

    private String fill(CurrentUser user, @Nullable Long programme, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<PolicyRule> inForce = policies.inForce(user.cfaId(), programme, today);
        boolean canChange = user.role() == Role.CFA_DIRECTOR && user.cfaId() != null;
        model.addAttribute("today", today);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "programmes", user.networkId() == null ? List.of() : referential.programmesOfNetwork(user.networkId()));
        model.addAttribute("inForce", inForce);
        model.addAttribute("source", VisitPolicies.sourceOf(inForce).name());
        model.addAttribute("anchors", PolicyRule.Anchor.values());
        model.addAttribute("canChange", canChange);
        List<PolicyRule> history =
                user.cfaId() == null ? List.of() : policies.history(new VisitPolicies.Scope(user.cfaId(), programme));
        // the scope's latest rules, still open: the form starts from them, and they may not apply yet
        List<PolicyRule> latest =
                history.stream().filter(rule -> rule.validTo() == null).toList();
        List<PolicyRule> upcoming =
                latest.stream().filter(rule -> rule.validFrom().isAfter(today)).toList();
        model.addAttribute("history", history);
        model.addAttribute("upcoming", upcoming);
        if (!model.containsAttribute("visitPolicyForm")) {
            LocalDate from =
                    upcoming.isEmpty() ? today : upcoming.get(0).validFrom().plusDays(1);
            model.addAttribute("visitPolicyForm", PolicyForm.of(programme, from, latest.isEmpty() ? inForce : latest));
        }
        return "visit/policy";
    }
}
