package org.trio.insertion.internal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.insertion.EmploymentContract;
import org.trio.insertion.Situation;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** The insertion follow-up: each leaver's situation at 6, 12, 18 and 24 months. */
@Controller
@PreAuthorize(Roles.INSERTION)
class InsertionController {

    /** One leaver with the situation recorded at each horizon (null when none) and whether each is due. */
    record Row(
            Leavers.Leaver leaver,
            ApprenticeInfo apprentice,
            String programme,
            Map<Integer, LeaverSituation> situations,
            Map<Integer, Boolean> due) {}

    private final Leavers leavers;
    private final InsertionService insertion;
    private final ReferentialManagement referential;
    private final AccessPolicy access;

    private final org.trio.platform.document.TableExports exports;
    private final org.trio.access.AuditTrail audit;
    private final org.springframework.context.MessageSource messages;

    InsertionController(
            Leavers leavers,
            InsertionService insertion,
            ReferentialManagement referential,
            AccessPolicy access,
            org.trio.platform.document.TableExports exports,
            org.trio.access.AuditTrail audit,
            org.springframework.context.MessageSource messages) {
        this.exports = exports;
        this.audit = audit;
        this.messages = messages;
        this.leavers = leavers;
        this.insertion = insertion;
        this.referential = referential;
        this.access = access;
    }

    @GetMapping("/insertion/leavers")
    String list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        CfaInfo chosen = cfa(user, cfa);
        LocalDate today = insertion.today();
        SchoolYear schoolYear = schoolYear(year, today);
        List<Row> rows = rows(user, chosen, schoolYear, today);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas(user));
        model.addAttribute("year", schoolYear);
        model.addAttribute(
                "years",
                List.of(
                        SchoolYear.of(today).previous(),
                        SchoolYear.of(today).previous().previous(),
                        SchoolYear.of(today).previous().previous().previous(),
                        SchoolYear.of(today)));
        model.addAttribute("rows", rows);
        model.addAttribute("horizons", InsertionService.HORIZONS);
        model.addAttribute(
                "dueCount",
                rows.stream()
                        .mapToLong(r -> r.due().values().stream().filter(b -> b).count())
                        .sum());
        return "insertion/leavers";
    }

    /** Every leaver of the CFA and school year with the situations recorded, as XLSX or CSV (audited). */
    @GetMapping(path = "/insertion/leavers", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam String format,
                    @RequestParam(required = false) @Nullable Long cfa,
                    @RequestParam(required = false) @Nullable String year) {
        CfaInfo chosen = cfa(user, cfa);
        LocalDate today = insertion.today();
        SchoolYear schoolYear = schoolYear(year, today);
        List<Row> rows = rows(user, chosen, schoolYear, today);
        org.trio.platform.document.Table.Builder<Row> builder = org.trio.platform.document.Table.<Row>titled(
                        "Sortants " + schoolYear.label())
                .text("Apprenti", row -> row.apprentice().fullName())
                .text("Formation", Row::programme)
                .date("Sortie", row -> row.leaver().exitDate());
        for (int horizon : InsertionService.HORIZONS) {
            builder.text("À " + horizon + " mois", row -> {
                LeaverSituation situation = row.situations().get(horizon);
                if (situation != null) {
                    return messages.getMessage(
                            "situation." + situation.situation, null, situation.situation.name(), Locale.FRANCE);
                }
                return Boolean.TRUE.equals(row.due().get(horizon)) ? "à relever" : "";
            });
        }
        audit.recordEvent(
                "EXPORT_LEAVERS",
                "Export des sortants " + schoolYear.label() + " du CFA " + chosen.uai() + " : " + rows.size()
                        + " lignes");
        return exports.respond(format, "sortants-" + schoolYear.label(), builder.rows(rows));
    }

    private static SchoolYear schoolYear(@Nullable String year, LocalDate today) {
        return year != null && SchoolYear.isValidLabel(year)
                ? SchoolYear.parse(year)
                : SchoolYear.of(today).previous();
    }

    private List<Row> rows(CurrentUser user, CfaInfo chosen, SchoolYear schoolYear, LocalDate today) {
        List<Leavers.Leaver> all = leavers.of(chosen.id(), null, schoolYear.startYear()).stream()
                .filter(leaver -> access.canRead(user, leaver.apprenticeId(), DataCategory.IDENTITY))
                .toList();
        Map<Long, ApprenticeInfo> people = referential.apprentices(
                all.stream().map(Leavers.Leaver::apprenticeId).toList());
        var programmes = referential.programmes(
                all.stream().map(Leavers.Leaver::programmeId).distinct().toList());
        Map<Long, Map<Integer, LeaverSituation>> recorded = new HashMap<>();
        insertion
                .situationsOf(all.stream().map(Leavers.Leaver::enrolmentId).toList())
                .forEach(s -> recorded.computeIfAbsent(s.enrolmentId, k -> new HashMap<>())
                        .put((int) s.horizonMonths, s));
        return all.stream()
                .filter(leaver -> people.containsKey(leaver.apprenticeId()))
                .map(leaver -> row(
                        leaver,
                        people.get(leaver.apprenticeId()),
                        programmes.get(leaver.programmeId()) == null
                                ? ""
                                : programmes.get(leaver.programmeId()).label(),
                        recorded.getOrDefault(leaver.enrolmentId(), Map.of()),
                        today))
                .sorted(Comparator.comparing((Row r) -> r.programme())
                        .thenComparing(r -> r.apprentice().lastName()))
                .toList();
    }

    private static Row row(
            Leavers.Leaver leaver,
            ApprenticeInfo apprentice,
            String programme,
            Map<Integer, LeaverSituation> situations,
            LocalDate today) {
        Map<Integer, Boolean> due = new HashMap<>();
        for (int horizon : InsertionService.HORIZONS) {
            due.put(
                    horizon,
                    !situations.containsKey(horizon)
                            && !leaver.exitDate().plusMonths(horizon).isAfter(today));
        }
        return new Row(leaver, apprentice, programme, situations, due);
    }

    @GetMapping("/insertion/leavers/{enrolmentId}")
    String leaver(CurrentUser user, @PathVariable long enrolmentId, Model model) {
        Leavers.Leaver leaver = load(user, enrolmentId, false);
        int next = InsertionService.HORIZONS.stream()
                .filter(h -> !leaver.exitDate().plusMonths(h).isAfter(insertion.today()))
                .reduce((first, second) -> second)
                .orElse(6);
        model.addAttribute(
                "situationForm",
                new SituationForm(
                        next,
                        Situation.EMPLOYED,
                        EmploymentContract.PERMANENT,
                        true,
                        null,
                        LeaverSituation.Source.ADVISOR,
                        insertion.today()));
        return leaverPage(leaver, model);
    }

    private String leaverPage(Leavers.Leaver leaver, Model model) {
        model.addAttribute("leaver", leaver);
        model.addAttribute(
                "apprentice", referential.apprentice(leaver.apprenticeId()).orElseThrow());
        model.addAttribute(
                "programme", referential.programme(leaver.programmeId()).orElseThrow());
        model.addAttribute(
                "situations",
                insertion.situationsOf(List.of(leaver.enrolmentId())).stream()
                        .sorted(Comparator.comparing(s -> s.horizonMonths))
                        .toList());
        model.addAttribute("horizons", InsertionService.HORIZONS);
        model.addAttribute("kinds", Situation.values());
        model.addAttribute("contracts", EmploymentContract.values());
        model.addAttribute("sources", LeaverSituation.Source.values());
        return "insertion/leaver";
    }

    @PostMapping("/insertion/leavers/{enrolmentId}/situations")
    String record(
            CurrentUser user,
            @PathVariable long enrolmentId,
            @Valid @ModelAttribute SituationForm situationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Leavers.Leaver leaver = load(user, enrolmentId, true);
        if (!result.hasErrors()) {
            try {
                insertion.record(leaver, situationForm, user.username());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/insertion/leavers/" + enrolmentId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return leaverPage(leaver, model);
    }

    private Leavers.Leaver load(CurrentUser user, long enrolmentId, boolean write) {
        Leavers.Leaver leaver =
                leavers.leaver(enrolmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (write) {
            access.requireWrite(user, leaver.apprenticeId(), DataCategory.PEDAGOGICAL);
        } else {
            access.requireRead(user, leaver.apprenticeId(), DataCategory.IDENTITY);
        }
        return leaver;
    }

    private List<CfaInfo> cfas(CurrentUser user) {
        if (user.cfaId() != null) {
            return referential.cfa(user.cfaId()).stream().toList();
        }
        if (user.role() == Role.NETWORK_ADMIN && user.networkId() != null) {
            return referential.cfasOfNetwork(user.networkId());
        }
        return List.of();
    }

    private CfaInfo cfa(CurrentUser user, @Nullable Long requested) {
        List<CfaInfo> visible = cfas(user);
        return visible.stream()
                .filter(cfa -> requested == null || cfa.id() == requested)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("CFA hors de votre périmètre"));
    }

    @Bean
    static NavigationEntry insertionNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "nav.insertion.leavers",
                "/insertion/leavers",
                "briefcase",
                80,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "PLACEMENT_ADVISOR", "QUALITY_MANAGER"));
    }
}
