package org.trio.visit.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
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
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.visit.OverdueVisit;
import org.trio.visit.VisitMode;

/**
 * The visit pages: the CFA's overdue visits as of a date and the visits to come; a contract's due visits, visits and
 * open actions, with the planning form; the confirmation of a visit by the maître and the apprentice.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class VisitController {

    /** An overdue visit with its apprentice's name. */
    public record OverdueItem(OverdueVisit visit, String apprentice) {}

    /** A planned visit with its apprentice's name. */
    public record PlannedItem(VisitQueries.PlannedRow visit, String apprentice) {}

    private final VisitService visits;
    private final VisitQueries queries;
    private final VisitAccess access;
    private final DuePlanner planner;
    private final AccessPolicy policy;
    private final ReferentialManagement referential;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;
    private final org.trio.access.AuditTrail audit;

    VisitController(
            VisitService visits,
            VisitQueries queries,
            VisitAccess access,
            DuePlanner planner,
            AccessPolicy policy,
            ReferentialManagement referential,
            Clock clock,
            org.trio.platform.document.TableExports exports,
            org.trio.access.AuditTrail audit) {
        this.exports = exports;
        this.audit = audit;
        this.visits = visits;
        this.queries = queries;
        this.access = access;
        this.planner = planner;
        this.policy = policy;
        this.referential = referential;
        this.clock = clock;
    }

    @GetMapping("/visits")
    @PreAuthorize(Roles.STAFF)
    String overdue(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        PageSlice<OverdueVisit> overdue = queries.overdue(policy.scopeOf(user), day, Paging.of(page));
        List<VisitQueries.PlannedRow> planned = queries.planned(policy.scopeOf(user), LocalDate.now(clock), 30);
        List<Long> ids = new ArrayList<>(
                overdue.items().stream().map(OverdueVisit::apprenticeId).toList());
        planned.forEach(row -> ids.add(row.apprenticeId()));
        Map<Long, ApprenticeInfo> names = referential.apprentices(ids);
        model.addAttribute("asOf", day);
        model.addAttribute("page", overdue);
        model.addAttribute(
                "overdue",
                overdue.items().stream()
                        .map(visit -> new OverdueItem(visit, name(names, visit.apprenticeId())))
                        .toList());
        model.addAttribute(
                "planned",
                planned.stream()
                        .map(row -> new PlannedItem(row, name(names, row.apprenticeId())))
                        .toList());
        return "visit/overdue";
    }

    /** Every overdue visit as of the day, as XLSX or CSV; the export is written to the audit trail. */
    @GetMapping(path = "/visits", params = "format")
    @PreAuthorize(Roles.STAFF)
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportOverdue(
                    @RequestParam String format,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    CurrentUser user) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<OverdueVisit> overdue = queries.overdueAll(policy.scopeOf(user), day);
        Map<Long, ApprenticeInfo> names = referential.apprentices(
                overdue.stream().map(OverdueVisit::apprenticeId).distinct().toList());
        org.trio.platform.document.Table<OverdueVisit> table = org.trio.platform.document.Table.<OverdueVisit>titled(
                        "Visites en retard au "
                                + day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .text("Apprenti", visit -> name(names, visit.apprenticeId()))
                .text("Visite due", OverdueVisit::label)
                .date("Du", OverdueVisit::windowStart)
                .date("Au", OverdueVisit::windowEnd)
                .date("Planifiée le", OverdueVisit::plannedOn)
                .rows(overdue);
        audit.recordEvent(
                "EXPORT_VISITS", "Export des visites en retard au " + day + " : " + overdue.size() + " lignes");
        return exports.respond(format, "visites-en-retard", table);
    }

    @GetMapping("/visits/contracts/{contractId}")
    String contract(@PathVariable long contractId, CurrentUser user, Model model) {
        FollowedContract contract = visits.contract(contractId);
        access.requireRead(user, contract);
        planner.plan(contractId);
        if (!model.containsAttribute("scheduleForm")) {
            model.addAttribute(
                    "scheduleForm",
                    new VisitForms.ScheduleForm(null, VisitMode.ON_SITE, null, null, user.displayName()));
        }
        model.addAttribute("contract", contract);
        model.addAttribute(
                "apprentice", name(referential.apprentices(List.of(contract.apprenticeId())), contract.apprenticeId()));
        model.addAttribute("due", queries.due(contractId));
        model.addAttribute("visits", queries.visits(contractId));
        model.addAttribute("actions", queries.openActionsOfContract(contractId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("modes", VisitMode.values());
        model.addAttribute("canSchedule", user.role().isStaff() && access.canWrite(user, contract));
        model.addAttribute(
                "canConfirm",
                (user.role() == Role.MENTOR || user.role() == Role.APPRENTICE) && access.canWrite(user, contract));
        model.addAttribute("role", user.role().name());
        return "visit/contract";
    }

    @PostMapping("/visits/contracts/{contractId}")
    @PreAuthorize(Roles.STAFF)
    String schedule(
            @PathVariable long contractId,
            CurrentUser user,
            @Valid @ModelAttribute("scheduleForm") VisitForms.ScheduleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireStaffWrite(user, visits.contract(contractId));
        if (!result.hasErrors()) {
            try {
                visits.schedule(user, contractId, form);
                redirect.addFlashAttribute("scheduled", true);
                return "redirect:/visits/contracts/" + contractId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return contract(contractId, user, model);
    }

    @PostMapping("/visits/{visitId}/confirm")
    @PreAuthorize("hasAnyRole('MENTOR','APPRENTICE')")
    String confirm(@PathVariable long visitId, CurrentUser user, RedirectAttributes redirect) {
        Visit visit = visits.visit(visitId);
        access.requireWrite(user, visits.contract(visit.contractId));
        try {
            visits.confirm(user, visitId);
            redirect.addFlashAttribute("confirmed", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notPlanned", true);
        }
        return "redirect:/visits/contracts/" + visit.contractId;
    }

    @PostMapping("/visits/{visitId}/cancel")
    @PreAuthorize(Roles.STAFF)
    String cancel(@PathVariable long visitId, CurrentUser user, RedirectAttributes redirect) {
        Visit visit = visits.visit(visitId);
        access.requireStaffWrite(user, visits.contract(visit.contractId));
        try {
            visits.cancel(visitId);
            redirect.addFlashAttribute("cancelled", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notPlanned", true);
        }
        return "redirect:/visits/contracts/" + visit.contractId;
    }

    static String name(Map<Long, ApprenticeInfo> names, long apprenticeId) {
        ApprenticeInfo apprentice = names.get(apprenticeId);
        return apprentice == null ? "" : apprentice.fullName();
    }

    @Bean
    static NavigationEntry visitsNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "nav.visits",
                "/visits",
                "building-check",
                20,
                Set.of(
                        "CFA_DIRECTOR",
                        "NETWORK_ADMIN",
                        "PLACEMENT_ADVISOR",
                        "DEPUTY_PEDAGOGY",
                        "DEPUTY_SOCIAL",
                        "TUTOR",
                        "SECRETARIAT",
                        "DISABILITY_REFERENT",
                        "MOBILITY_REFERENT",
                        "QUALITY_MANAGER",
                        "PROGRAMME_LEAD"));
    }
}
