package org.trio.attendance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.attendance.ThresholdKind;
import org.trio.platform.web.FormErrors;
import org.trio.shared.InvalidInputException;

/**
 * The thresholds of absence that raise early-warning events, and the values in force: the direction of a CFA sets its
 * CFA's, the network's direction the network's; every change starts on a date and closes the previous value.
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class ThresholdController {

    /** A new value of a threshold. */
    record ThresholdForm(
            @Nullable ThresholdKind kind,
            @Nullable BigDecimal value,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate validFrom) {}

    private final ThresholdService thresholds;
    private final Texts texts;
    private final Clock clock;

    ThresholdController(ThresholdService thresholds, Texts texts, Clock clock) {
        this.thresholds = thresholds;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/attendance/thresholds")
    String list(CurrentUser user, Model model) {
        if (!model.containsAttribute("thresholdForm")) {
            model.addAttribute(
                    "thresholdForm",
                    new ThresholdForm(ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH, null, LocalDate.now(clock)));
        }
        fill(user, model);
        return "attendance/thresholds";
    }

    @PostMapping("/attendance/thresholds")
    String define(
            @ModelAttribute("thresholdForm") ThresholdForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (form.kind() == null) {
            binding.rejectValue(
                    "kind", "attendance.threshold.kind.required", texts.get("attendance.threshold.kind.required"));
        }
        if (form.value() == null) {
            binding.rejectValue(
                    "value", "attendance.threshold.value.required", texts.get("attendance.threshold.value.required"));
        }
        if (form.validFrom() == null) {
            binding.rejectValue(
                    "validFrom",
                    "attendance.threshold.valid-from.required",
                    texts.get("attendance.threshold.valid-from.required"));
        }
        if (!binding.hasErrors()) {
            try {
                boolean network = user.role() == Role.NETWORK_ADMIN;
                thresholds.define(
                        user.networkId(),
                        network ? null : user.cfaId(),
                        form.kind(),
                        form.value(),
                        form.validFrom(),
                        user.username());
                redirect.addFlashAttribute("notice", texts.get("attendance.threshold.saved"));
                return "redirect:/attendance/thresholds";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        fill(user, model);
        return "attendance/thresholds";
    }

    private void fill(CurrentUser user, Model model) {
        List<ThresholdRules.Row> rows = thresholds.rows().stream()
                .filter(row -> row.networkId() == null
                        || (row.networkId().equals(user.networkId())
                                && (row.cfaId() == null || row.cfaId().equals(user.cfaId()))))
                .sorted(java.util.Comparator.comparing(ThresholdRules.Row::kind)
                        .thenComparing(ThresholdRules.Row::specificity)
                        .thenComparing(ThresholdRules.Row::validFrom))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", ThresholdKind.values());
        model.addAttribute(
                "scopeKey",
                user.role() == Role.NETWORK_ADMIN
                        ? "attendance.threshold.scope.network"
                        : "attendance.threshold.scope.cfa");
    }
}
