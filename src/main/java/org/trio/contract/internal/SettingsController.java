package org.trio.contract.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.referential.CfaInfo;

/**
 * The module's configurable, dated data: motive lists (CFA additions), the rupture-nette rule, the NPEC of each
 * certification (edited one by one or imported from CSV), and the dated pay grid and funding rules (shown).
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class SettingsController {

    record FundingLevel(
            long id, String certification, String label, BigDecimal amount, LocalDate validFrom, LocalDate validTo) {}

    private final RuptureRules rules;
    private final FundingLevels fundingLevels;
    private final IndicatorScope scopes;
    private final JdbcClient jdbc;
    private final Clock clock;

    SettingsController(
            RuptureRules rules, FundingLevels fundingLevels, IndicatorScope scopes, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.fundingLevels = fundingLevels;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/contracts/settings")
    String settings(CurrentUser user, Model model) {
        List<CfaInfo> cfas = scopes.cfas(user);
        model.addAttribute("cfas", cfas);
        model.addAttribute("motives", rules.allMotives(user.cfaId()));
        model.addAttribute("netRules", rules.netRules());
        model.addAttribute("closureReasons", RuptureService.CLOSURE_REASONS);
        model.addAttribute("fundingLevels", fundingLevels.all());
        model.addAttribute(
                "fundingRules",
                jdbc.sql("select * from contract.funding_rule order by valid_from")
                        .query()
                        .listOfRows());
        model.addAttribute(
                "payGrid",
                jdbc.sql("select * from contract.pay_grid order by valid_from, contract_year, age_min")
                        .query()
                        .listOfRows());
        model.addAttribute("today", LocalDate.now(clock));
        return "contract/settings";
    }

    @PostMapping("/contracts/settings/motives")
    String addMotive(
            CurrentUser user,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) Long cfaId,
            RedirectAttributes redirect) {
        List<String> errors = new ArrayList<>();
        if (!"EXPRESSED".equals(kind) && !"VALIDATED".equals(kind)) {
            errors.add("settings.motive.kind");
        }
        if (label == null || label.isBlank() || label.length() > 200) {
            errors.add("settings.motive.label");
        }
        Long cfa = user.cfaId() != null ? user.cfaId() : cfaId;
        if (cfa == null || scopes.cfas(user).stream().noneMatch(info -> info.id() == cfa)) {
            errors.add("settings.motive.cfa");
        }
        if (errors.isEmpty()) {
            rules.addMotive(kind, label.strip(), cfa, LocalDate.now(clock));
            redirect.addFlashAttribute("saved", "settings.motive.saved");
        } else {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/contracts/settings";
    }

    @PostMapping("/contracts/settings/net-rule")
    @Transactional
    String changeNetRule(
            CurrentUser user,
            @RequestParam(required = false) String closureReason,
            @RequestParam(defaultValue = "false") boolean excluded,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        if (closureReason == null || !RuptureService.CLOSURE_REASONS.contains(closureReason) || validFrom == null) {
            redirect.addFlashAttribute("errors", List.of("settings.net.invalid"));
        } else {
            rules.changeNetRule(closureReason, excluded, validFrom, user.displayName());
            redirect.addFlashAttribute("saved", "settings.net.saved");
        }
        return "redirect:/contracts/settings";
    }

    @PostMapping("/contracts/settings/funding-levels")
    String saveFundingLevel(
            @RequestParam(required = false) String certification,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        List<String> errors = fundingLevels.check(certification, amount, validFrom);
        if (errors.isEmpty()) {
            fundingLevels.save(certification, label, amount, validFrom);
            redirect.addFlashAttribute("saved", "settings.npec.saved");
        } else {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/contracts/settings";
    }

    @PostMapping("/contracts/settings/funding-levels/import")
    String importFundingLevels(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of("settings.npec.file"));
            return "redirect:/contracts/settings";
        }
        FundingLevels.ImportResult result = fundingLevels.importFile(file.getInputStream(), file.getOriginalFilename());
        if (result.errors().isEmpty()) {
            redirect.addFlashAttribute("saved", "settings.npec.imported");
            redirect.addFlashAttribute("imported", result.imported());
        } else {
            redirect.addFlashAttribute("importErrors", result.errors());
        }
        return "redirect:/contracts/settings";
    }
}
