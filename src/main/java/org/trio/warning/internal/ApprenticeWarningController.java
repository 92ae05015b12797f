package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * One apprentice seen by the early warning (the section "Alertes et situations" of the apprentice file), and the form
 * through which people raise a signal: staff, referent trainers, maîtres d'apprentissage and apprentices.
 */
@Controller
class ApprenticeWarningController {

    private static final Set<Role> TEAM = Set.of(
            Role.CFA_DIRECTOR,
            Role.NETWORK_ADMIN,
            Role.PLACEMENT_ADVISOR,
            Role.DEPUTY_PEDAGOGY,
            Role.DEPUTY_SOCIAL,
            Role.SECRETARIAT,
            Role.TUTOR);
    private static final Set<Role> RISK = Set.of(
            Role.CFA_DIRECTOR, Role.NETWORK_ADMIN, Role.PLACEMENT_ADVISOR, Role.DEPUTY_PEDAGOGY, Role.DEPUTY_SOCIAL);

    private final WarningManagement warning;
    private final WarningQueries queries;
    private final RiskService risk;
    private final FollowUp followUp;
    private final FollowUpRefresh refresh;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;
    private final Clock clock;

    ApprenticeWarningController(
            WarningManagement warning,
            WarningQueries queries,
            RiskService risk,
            FollowUp followUp,
            FollowUpRefresh refresh,
            ReferentialManagement referential,
            AccessPolicy policy,
            Clock clock) {
        this.warning = warning;
        this.queries = queries;
        this.risk = risk;
        this.followUp = followUp;
        this.refresh = refresh;
        this.referential = referential;
        this.policy = policy;
        this.clock = clock;
    }

    record SignalForm(
            @Nullable SignalCategory category,
            @Nullable String summary,
            @Nullable String detail,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate observedOn) {}

    /** The page of an apprentice's warnings and situation. */
    @GetMapping("/warning/apprentices/{apprenticeId}")
    @PreAuthorize(WarningRoles.TEAM)
    String apprentice(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        fill(user, apprenticeId, model);
        return "warning/apprentice";
    }

    /** The same content as a section of the apprentice file: its own URL, so it never answers with a whole page. */
    @GetMapping("/warning/apprentices/{apprenticeId}/section")
    @PreAuthorize(WarningRoles.TEAM)
    String section(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        fill(user, apprenticeId, model);
        return "warning/apprentice :: section";
    }

    private void fill(CurrentUser user, long apprenticeId, Model model) {
        policy.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        boolean social = Actor.readsSocial(user.role());
        if (social) {
            policy.requireRead(user, apprenticeId, DataCategory.SOCIAL);
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("apprenticeId", apprenticeId);
        model.addAttribute("apprenticeName", name(apprenticeId));
        model.addAttribute("situation", warning.openSituationOf(apprenticeId).orElse(null));
        model.addAttribute("signals", queries.signalsOfApprentice(apprenticeId, social, 10));
        model.addAttribute("canRaise", policy.canWrite(user, apprenticeId, DataCategory.PEDAGOGICAL));
        model.addAttribute("showRisk", RISK.contains(user.role()));
        model.addAttribute(
                "score",
                RISK.contains(user.role()) ? risk.scoreOf(apprenticeId, today).orElse(null) : null);
        model.addAttribute("social", social);
        model.addAttribute("contract", followUp.contractOn(apprenticeId, today).orElse(null));
    }

    @GetMapping("/warning/apprentices/{apprenticeId}/signals/new")
    @PreAuthorize(WarningRoles.REPORTERS)
    String newSignal(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        policy.requireWrite(user, apprenticeId, DataCategory.PEDAGOGICAL);
        model.addAttribute("signalForm", new SignalForm(null, null, null, LocalDate.now(clock)));
        return form(apprenticeId, model);
    }

    @PostMapping("/warning/apprentices/{apprenticeId}/signals/new")
    @PreAuthorize(WarningRoles.REPORTERS)
    String raise(
            CurrentUser user,
            @PathVariable long apprenticeId,
            @ModelAttribute("signalForm") SignalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        policy.requireWrite(user, apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                if (form.category() != null && form.category().isAutomatic()) {
                    throw InvalidInputException.of("category", "warning.signal.category.required");
                }
                refresh.apprentice(apprenticeId);
                long id = warning.raiseSignal(new NewSignal(
                        apprenticeId,
                        form.category(),
                        origin(user.role()),
                        form.summary(),
                        form.detail(),
                        null,
                        null,
                        form.observedOn(),
                        null,
                        user.displayName(),
                        user.role().isStaff() ? user.personId() : null));
                redirect.addFlashAttribute("saved", "warning.signal.saved");
                if (TEAM.contains(user.role())) {
                    long situation = warning.openSituationOf(apprenticeId)
                            .map(info -> info.id())
                            .orElse(id);
                    return "redirect:/warning/situations/" + situation;
                }
                return "redirect:/warning/signals/sent";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(apprenticeId, model);
    }

    @GetMapping("/warning/signals/sent")
    @PreAuthorize(WarningRoles.REPORTERS)
    String sent() {
        return "warning/signal-sent";
    }

    /** The apprentices a trainer, a programme lead, a maître or an apprentice may report about. */
    @GetMapping("/warning/report")
    @PreAuthorize(WarningRoles.LINKED_REPORTERS)
    String report(CurrentUser user, Model model) {
        Set<Long> linked = policy.scopeOf(user).apprenticeIds();
        Map<Long, String> names = new java.util.TreeMap<>();
        referential.apprentices(linked).forEach((id, info) -> names.put(id, Names.display(info)));
        List<Map.Entry<Long, String>> sorted =
                names.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
        model.addAttribute("apprentices", sorted);
        return "warning/report-choice";
    }

    private String form(long apprenticeId, Model model) {
        model.addAttribute("apprenticeId", apprenticeId);
        model.addAttribute("apprenticeName", name(apprenticeId));
        model.addAttribute(
                "categories",
                Arrays.stream(SignalCategory.values())
                        .filter(category -> !category.isAutomatic())
                        .toList());
        return "warning/signal-form";
    }

    private String name(long apprenticeId) {
        return referential.apprentice(apprenticeId).map(Names::display).orElse("#" + apprenticeId);
    }

    static SignalOrigin origin(Role role) {
        return switch (role) {
            case TUTOR -> SignalOrigin.TRAINER;
            case MENTOR -> SignalOrigin.MENTOR;
            case APPRENTICE -> SignalOrigin.APPRENTICE;
            default -> SignalOrigin.STAFF;
        };
    }
}
