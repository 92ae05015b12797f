package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.AccessRules;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.Paging;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.InvalidInputException;
import org.trio.warning.SituationOutcome;
import org.trio.warning.SituationStage;

/** Situations: the list, one situation with its signals, triage, actions, reports and closure. */
@Controller
@PreAuthorize(WarningRoles.TEAM)
class SituationController {

    private final SituationService service;
    private final WarningQueries queries;
    private final Names names;
    private final Team team;
    private final AccessPolicy policy;
    private final TableExports exports;
    private final WarningTexts texts;
    private final Clock clock;

    SituationController(
            SituationService service,
            WarningQueries queries,
            Names names,
            Team team,
            AccessPolicy policy,
            TableExports exports,
            WarningTexts texts,
            Clock clock) {
        this.service = service;
        this.queries = queries;
        this.names = names;
        this.team = team;
        this.policy = policy;
        this.exports = exports;
        this.texts = texts;
        this.clock = clock;
    }

    record TriageForm(
            Situation.@Nullable Priority priority,
            @Nullable String assessment,
            @Nullable String socialAssessment,
            @Nullable Long version) {}

    record ActionForm(
            SituationAction.@Nullable Kind kind,
            @Nullable String description,
            @Nullable Boolean confidential,
            @Nullable Long ownerStaffId,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueDate) {}

    record ReportForm(
            @Nullable String report,
            SituationAction.@Nullable Result result,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate doneOn,

            @Nullable Set<SituationService.ReportRecipient> recipients,
            @Nullable Long version) {}

    record CloseForm(
            @Nullable SituationOutcome outcome,
            @Nullable String note,
            @Nullable Long version) {}

    @GetMapping("/warning/situations")
    String list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable SituationStage stage,
            @RequestParam(required = false) Situation.@Nullable Priority priority,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        WarningQueries.SituationFilter filter = new WarningQueries.SituationFilter(stage, priority, late);
        var rows = queries.situations(
                policy.scopeOf(user), Actor.readsSocial(user.role()), filter, today, Paging.of(page));
        var slice = Paging.of(page).slice(rows);
        model.addAttribute("page", slice);
        model.addAttribute("names", names.apprentices(slice.items(), WarningQueries.SituationRow::apprenticeId));
        model.addAttribute("filter", filter);
        model.addAttribute("stages", SituationStage.values());
        model.addAttribute("priorities", Situation.Priority.values());
        model.addAttribute("today", today);
        return "warning/situations";
    }

    @GetMapping(path = "/warning/situations", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) @Nullable SituationStage stage,
            @RequestParam(required = false) Situation.@Nullable Priority priority,
            @RequestParam(defaultValue = "false") boolean late) {
        LocalDate today = LocalDate.now(clock);
        var rows = queries.situations(
                policy.scopeOf(user),
                Actor.readsSocial(user.role()),
                new WarningQueries.SituationFilter(stage, priority, late),
                today,
                null);
        Map<Long, String> apprentices = names.apprentices(rows, WarningQueries.SituationRow::apprenticeId);
        Table<WarningQueries.SituationRow> table = Table.<WarningQueries.SituationRow>titled(
                        texts.get("warning.situations.title"))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .date(texts.get("warning.col.openedOn"), WarningQueries.SituationRow::openedOn)
                .integer(texts.get("warning.col.ageDays"), row -> row.ageDays(today))
                .text(
                        texts.get("warning.col.stage"),
                        row -> texts.get(row.stage().messageKey()))
                .text(
                        texts.get("warning.col.priority"),
                        row -> row.priority() == null
                                ? ""
                                : texts.get(row.priority().messageKey()))
                .integer(texts.get("warning.col.signals"), WarningQueries.SituationRow::signals)
                .integer(texts.get("warning.col.openActions"), WarningQueries.SituationRow::openActions)
                .integer(texts.get("warning.col.lateActions"), WarningQueries.SituationRow::lateActions)
                .text(texts.get("warning.col.lastSignal"), WarningQueries.SituationRow::lastSummary)
                .rows(rows);
        return exports.respond(format, texts.get("warning.situations.export"), table);
    }

    @GetMapping("/warning/situations/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        SituationView situation = readable(user, id);
        fill(user, situation, model);
        return "warning/situation";
    }

    @PostMapping("/warning/situations/{id}/triage")
    @PreAuthorize(WarningRoles.TRIAGE)
    String triage(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("triageForm") TriageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SituationView situation = writable(user, id);
        if (!result.hasErrors()) {
            try {
                service.triage(
                        id,
                        version(form.version()),
                        form.priority(),
                        form.assessment(),
                        form.socialAssessment(),
                        Actor.of(user));
                redirect.addFlashAttribute("saved", "warning.triage.saved");
                return "redirect:/warning/situations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        fill(user, situation, model);
        return "warning/situation";
    }

    @PostMapping("/warning/situations/{id}/actions")
    @PreAuthorize(WarningRoles.TRIAGE)
    String decide(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("situationActionForm") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SituationView situation = writable(user, id);
        if (!result.hasErrors()) {
            try {
                service.decide(
                        id,
                        form.kind(),
                        form.description(),
                        Boolean.TRUE.equals(form.confidential()),
                        form.ownerStaffId(),
                        form.dueDate(),
                        Actor.of(user));
                redirect.addFlashAttribute("saved", "warning.action.saved");
                return "redirect:/warning/situations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        fill(user, situation, model);
        return "warning/situation";
    }

    @GetMapping("/warning/situations/{id}/actions/{actionId}/report")
    String reportForm(CurrentUser user, @PathVariable long id, @PathVariable long actionId, Model model) {
        SituationView situation = readable(user, id);
        SituationView.Action action = reportable(user, situation, actionId);
        model.addAttribute(
                "reportForm",
                new ReportForm(
                        null,
                        null,
                        LocalDate.now(clock),
                        Set.of(SituationService.ReportRecipient.TEAM),
                        action.version()));
        return report(user, situation, action, model);
    }

    @PostMapping("/warning/situations/{id}/actions/{actionId}/report")
    String saveReport(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long actionId,
            @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SituationView situation = readable(user, id);
        SituationView.Action action = reportable(user, situation, actionId);
        policy.requireWrite(user, situation.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                service.report(
                        id,
                        actionId,
                        version(form.version()),
                        form.report(),
                        form.result(),
                        form.doneOn(),
                        form.recipients() == null ? Set.of() : form.recipients(),
                        Actor.of(user));
                redirect.addFlashAttribute("saved", "warning.report.saved");
                return "redirect:/warning/situations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return report(user, situation, action, model);
    }

    @PostMapping("/warning/situations/{id}/close")
    @PreAuthorize(WarningRoles.TRIAGE)
    String close(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("situationCloseForm") CloseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SituationView situation = writable(user, id);
        if (!result.hasErrors()) {
            try {
                service.close(id, version(form.version()), form.outcome(), form.note(), Actor.of(user));
                redirect.addFlashAttribute("saved", "warning.close.saved");
                return "redirect:/warning/situations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        fill(user, situation, model);
        return "warning/situation";
    }

    private String report(CurrentUser user, SituationView situation, SituationView.Action action, Model model) {
        model.addAttribute("situation", situation);
        model.addAttribute("action", action);
        model.addAttribute("apprenticeName", service.apprenticeName(situation.apprenticeId()));
        model.addAttribute("owner", team.names(List.of(action.ownerStaffId())).get(action.ownerStaffId()));
        model.addAttribute("results", SituationAction.Result.values());
        model.addAttribute(
                "recipients",
                action.confidential()
                        ? List.of(SituationService.ReportRecipient.TEAM, SituationService.ReportRecipient.FAMILY)
                        : List.of(SituationService.ReportRecipient.values()));
        return "warning/report";
    }

    private SituationView readable(CurrentUser user, long id) {
        SituationView situation = service.view(id);
        policy.requireRead(user, situation.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (Actor.readsSocial(user.role())) {
            policy.requireRead(user, situation.apprenticeId(), DataCategory.SOCIAL);
        }
        return situation;
    }

    private SituationView writable(CurrentUser user, long id) {
        SituationView situation = readable(user, id);
        policy.requireWrite(user, situation.apprenticeId(), DataCategory.PEDAGOGICAL);
        return situation;
    }

    /** The owner of an action, or a member of the triage team, reports it. */
    private static SituationView.Action reportable(CurrentUser user, SituationView situation, long actionId) {
        SituationView.Action action = situation.actions().stream()
                .filter(candidate -> candidate.id() == actionId)
                .findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        boolean triage = Set.of(Role.CFA_DIRECTOR, Role.PLACEMENT_ADVISOR, Role.DEPUTY_PEDAGOGY, Role.DEPUTY_SOCIAL)
                .contains(user.role());
        boolean owner =
                user.role().isStaff() && Long.valueOf(action.ownerStaffId()).equals(user.personId());
        if (!triage && !owner) {
            throw new AccessDeniedException("Compte rendu réservé au responsable de l'action");
        }
        if (action.confidential() && !AccessRules.mayRead(user.role(), DataCategory.SOCIAL)) {
            throw new AccessDeniedException("Action confidentielle");
        }
        return action;
    }

    private void fill(CurrentUser user, SituationView situation, Model model) {
        boolean social = Actor.readsSocial(user.role());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("situation", situation);
        model.addAttribute("apprenticeName", service.apprenticeName(situation.apprenticeId()));
        model.addAttribute("social", social);
        model.addAttribute("socialWriter", AccessRules.mayWrite(user.role(), DataCategory.SOCIAL));
        model.addAttribute("canTriage", canTriage(user, situation));
        model.addAttribute("signals", queries.signalsOfSituation(situation.id(), social));
        model.addAttribute("hiddenSignals", queries.hiddenSignals(situation.id(), social));
        model.addAttribute("actions", situation.actions());
        model.addAttribute(
                "staffNames",
                team.names(situation.actions().stream()
                        .map(SituationView.Action::ownerStaffId)
                        .toList()));
        model.addAttribute("today", today);
        model.addAttribute("userStaffId", user.role().isStaff() ? user.personId() : null);
        model.addAttribute("priorities", Situation.Priority.values());
        model.addAttribute("kinds", SituationAction.Kind.values());
        model.addAttribute("outcomes", SituationOutcome.values());
        List<StaffInfo> owners = team.members(
                situation.cfaId(),
                StaffFunction.DEPUTY_PEDAGOGY,
                StaffFunction.DEPUTY_SOCIAL,
                StaffFunction.PLACEMENT_ADVISOR,
                StaffFunction.DIRECTOR,
                StaffFunction.SECRETARIAT,
                StaffFunction.ANIMATOR,
                StaffFunction.TRAINER);
        model.addAttribute("owners", owners);
        model.addAttribute(
                "ownerLabels",
                owners.stream()
                        .collect(Collectors.toMap(
                                StaffInfo::id, staff -> staff.fullName() + " — " + staff.jobTitle(), (a, b) -> a)));
        if (!model.containsAttribute("triageForm")) {
            model.addAttribute(
                    "triageForm",
                    new TriageForm(
                            situation.priority(),
                            situation.assessment(),
                            social ? situation.socialAssessment() : null,
                            situation.version()));
        }
        if (!model.containsAttribute("situationActionForm")) {
            model.addAttribute(
                    "situationActionForm",
                    new ActionForm(
                            null, null, false, user.role().isStaff() ? user.personId() : null, today.plusDays(7)));
        }
        if (!model.containsAttribute("situationCloseForm")) {
            model.addAttribute("situationCloseForm", new CloseForm(null, null, situation.version()));
        }
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw InvalidInputException.of(null, "warning.version.missing");
        }
        return version;
    }

    private boolean canTriage(CurrentUser user, SituationView situation) {
        return Set.of(Role.CFA_DIRECTOR, Role.PLACEMENT_ADVISOR, Role.DEPUTY_PEDAGOGY, Role.DEPUTY_SOCIAL)
                        .contains(user.role())
                && situation.open()
                && policy.canWrite(user, situation.apprenticeId(), DataCategory.PEDAGOGICAL);
    }
}
