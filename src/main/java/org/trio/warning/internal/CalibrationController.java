package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.shared.SchoolYear;

/**
 * The calibration of the score on last school year: the share of the ruptures that were among the 20 % highest scores
 * computed before them, the lift chart by decile, and each factor's observed rupture rate.
 */
@Controller
@PreAuthorize(WarningRoles.RISK)
class CalibrationController {

    private final CalibrationService calibrations;
    private final Clock clock;

    CalibrationController(CalibrationService calibrations, Clock clock) {
        this.calibrations = calibrations;
        this.clock = clock;
    }

    @GetMapping("/warning/calibration")
    String calibration(CurrentUser user, Model model) {
        SchoolYear last = SchoolYear.of(LocalDate.now(clock)).previous();
        model.addAttribute("defaultYear", last.label());
        model.addAttribute(
                "years",
                List.of(
                        last.label(),
                        last.previous().label(),
                        last.previous().previous().label()));
        model.addAttribute("canCompute", user.role() == Role.CFA_DIRECTOR || user.role() == Role.NETWORK_ADMIN);
        if (user.networkId() == null) {
            return "warning/calibration";
        }
        calibrations.latest(user.networkId(), cfaOf(user)).ifPresent(stored -> {
            List<CalibrationService.StoredDecile> deciles = calibrations.deciles(stored.id());
            model.addAttribute("calibration", stored);
            model.addAttribute("deciles", deciles);
            model.addAttribute("factors", calibrations.factors(stored.id()));
            model.addAttribute(
                    "liftData",
                    join(deciles.stream()
                            .map(decile -> decile.lift() == null ? 0.0 : decile.lift())
                            .toList()));
            model.addAttribute(
                    "capturedData",
                    join(deciles.stream()
                            .map(decile ->
                                    decile.cumulativeCaptured() == null ? 0.0 : 100 * decile.cumulativeCaptured())
                            .toList()));
        });
        return "warning/calibration";
    }

    @PostMapping("/warning/calibration")
    @PreAuthorize(Roles.DIRECTION)
    String compute(
            CurrentUser user, @RequestParam(required = false) @Nullable String year, RedirectAttributes redirect) {
        SchoolYear schoolYear = year != null && SchoolYear.isValidLabel(year)
                ? SchoolYear.parse(year)
                : SchoolYear.of(LocalDate.now(clock)).previous();
        if (user.networkId() == null) {
            redirect.addFlashAttribute("error", "warning.calibration.no-network");
            return "redirect:/warning/calibration";
        }
        calibrations.calibrate(user.networkId(), cfaOf(user), schoolYear, user.displayName());
        redirect.addFlashAttribute("saved", "warning.calibration.saved");
        return "redirect:/warning/calibration";
    }

    /** The CFA of a CFA's staff; the whole network for the head of the network. */
    private static @Nullable Long cfaOf(CurrentUser user) {
        return user.role() == Role.NETWORK_ADMIN ? null : user.cfaId();
    }

    private static String join(List<Double> values) {
        return values.stream()
                .map(value -> String.format(Locale.ROOT, "%.3f", value))
                .collect(Collectors.joining(","));
    }
}
