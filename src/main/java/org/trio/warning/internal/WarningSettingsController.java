package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * The early warning's dated settings — the call calendar, the thresholds, the risk weights — read by the direction and
 * changed by the head of the network from a day on; and the run of the daily rules on demand.
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class WarningSettingsController {

    private final WarningSettings settings;
    private final DailyRules rules;
    private final AuditTrail audit;
    private final WarningTexts texts;
    private final Clock clock;

    WarningSettingsController(
            WarningSettings settings, DailyRules rules, AuditTrail audit, WarningTexts texts, Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    record PolicyForm(
            @Nullable String earlyWeeks,
            @Nullable Integer trialEndNoticeDays,
            @Nullable Integer monthlyMonths,
            @Nullable Integer termMonths,
            @Nullable Integer minGapDays,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate validFrom) {}

    record ThresholdForm(
            @Nullable Threshold kind,
            @Nullable Integer value,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate validFrom) {}

    record WeightForm(
            @Nullable RiskFactor factor,
            @Nullable Integer value,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate validFrom) {}

    @GetMapping("/warning/settings")
    String page(CurrentUser user, Model model) {
        return fill(user, model);
    }

    @PostMapping("/warning/settings/call-policy")
    @PreAuthorize(WarningRoles.SETTINGS_WRITE)
    String policy(
            CurrentUser user,
            @ModelAttribute("policyForm") PolicyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CallPolicy policy = check(form);
                settings.changeCallPolicy(network(user), form.validFrom(), policy, user.displayName());
                audit.recordEvent("SETTINGS", texts.get("warning.settings.audit.policy", form.validFrom(), policy));
                redirect.addFlashAttribute("saved", "warning.settings.saved");
                return "redirect:/warning/settings";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return fill(user, model);
    }

    @PostMapping("/warning/settings/threshold")
    @PreAuthorize(WarningRoles.SETTINGS_WRITE)
    String threshold(
            CurrentUser user,
            @ModelAttribute("warningThresholdForm") ThresholdForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.kind() == null) {
                    throw InvalidInputException.of("kind", "warning.settings.kind.required");
                }
                if (form.value() == null) {
                    throw InvalidInputException.of("value", "warning.settings.value.required");
                }
                settings.changeThreshold(
                        network(user), form.kind(), form.value(), form.validFrom(), user.displayName());
                audit.recordEvent(
                        "SETTINGS",
                        texts.get("warning.settings.audit.threshold", form.kind(), form.value(), form.validFrom()));
                redirect.addFlashAttribute("saved", "warning.settings.saved");
                return "redirect:/warning/settings";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return fill(user, model);
    }

    @PostMapping("/warning/settings/weight")
    @PreAuthorize(WarningRoles.SETTINGS_WRITE)
    String weight(
            CurrentUser user,
            @ModelAttribute("weightForm") WeightForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.factor() == null) {
                    throw InvalidInputException.of("factor", "warning.settings.factor.required");
                }
                if (form.value() == null) {
                    throw InvalidInputException.of("value", "warning.settings.value.required");
                }
                settings.changeWeight(network(user), form.factor(), form.value(), form.validFrom(), user.displayName());
                audit.recordEvent(
                        "SETTINGS",
                        texts.get("warning.settings.audit.weight", form.factor(), form.value(), form.validFrom()));
                redirect.addFlashAttribute("saved", "warning.settings.saved");
                return "redirect:/warning/settings";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return fill(user, model);
    }

    @PostMapping("/warning/rules/run")
    String run(RedirectAttributes redirect) {
        DailyRules.Run run = rules.run(LocalDate.now(clock));
        redirect.addFlashAttribute("run", run);
        return "redirect:/warning/settings";
    }

    private static long network(CurrentUser user) {
        if (user.networkId() == null) {
            throw InvalidInputException.of(null, "warning.settings.no-network");
        }
        return user.networkId();
    }

    private static CallPolicy check(PolicyForm form) {
        List<Problem> problems = new ArrayList<>();
        List<Integer> weeks = List.of();
        try {
            weeks = CallPolicy.parseWeeks(form.earlyWeeks());
            if (weeks.stream().anyMatch(week -> week < 1 || week > 52)) {
                problems.add(Problem.of("earlyWeeks", "warning.settings.earlyWeeks.invalid"));
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of("earlyWeeks", "warning.settings.earlyWeeks.invalid"));
        }
        range(problems, "trialEndNoticeDays", form.trialEndNoticeDays(), 0, 60);
        range(problems, "monthlyMonths", form.monthlyMonths(), 0, 24);
        range(problems, "termMonths", form.termMonths(), 1, 12);
        range(problems, "minGapDays", form.minGapDays(), 0, 30);
        if (form.validFrom() == null) {
            problems.add(Problem.of("validFrom", "warning.settings.validFrom.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CallPolicy(
                weeks, form.trialEndNoticeDays(), form.monthlyMonths(), form.termMonths(), form.minGapDays());
    }

    private static void range(List<Problem> problems, String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            problems.add(Problem.of(field, "warning.settings.value.required"));
        } else if (value < min || value > max) {
            problems.add(Problem.of(field, "warning.settings.value.range", min, max));
        }
    }

    private String fill(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        Long network = user.networkId();
        CallPolicy policy = settings.callPolicy(network, today);
        model.addAttribute("today", today);
        model.addAttribute("policy", policy);
        model.addAttribute("policyRows", settings.policyRows());
        model.addAttribute("thresholdRows", settings.thresholdRows());
        model.addAttribute("weightRows", settings.weightRows());
        model.addAttribute("thresholds", Threshold.values());
        model.addAttribute("factors", RiskFactor.values());
        model.addAttribute(
                "currentThresholds",
                java.util.Arrays.stream(Threshold.values())
                        .collect(java.util.stream.Collectors.toMap(
                                threshold -> threshold, threshold -> settings.threshold(threshold, network, today))));
        model.addAttribute("weights", settings.weights(network, today));
        model.addAttribute("canChange", user.role() == Role.NETWORK_ADMIN);
        LocalDate tomorrow = today.plusDays(1);
        if (!model.containsAttribute("policyForm")) {
            model.addAttribute(
                    "policyForm",
                    new PolicyForm(
                            policy.earlyWeeksText(),
                            policy.trialEndNoticeDays(),
                            policy.monthlyMonths(),
                            policy.termMonths(),
                            policy.minGapDays(),
                            tomorrow));
        }
        if (!model.containsAttribute("warningThresholdForm")) {
            model.addAttribute("warningThresholdForm", new ThresholdForm(null, null, tomorrow));
        }
        if (!model.containsAttribute("weightForm")) {
            model.addAttribute("weightForm", new WeightForm(null, null, tomorrow));
        }
        return "warning/settings";
    }
}
