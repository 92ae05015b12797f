package org.trio.contract.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.trio.access.AccessPolicy;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/** The six months after a rupture: the CJE's worklist, one apprentice's support actions, outcome and employer. */
@Controller
@PreAuthorize(ContractRoles.SUPPORT)
class ContinuationController {

    /** A line of the worklist. */
    record Line(
            long id,
            long apprenticeId,
            String apprentice,
            LocalDate startDate,
            LocalDate endDate,
            long daysLeft,
            int actions,
            String outcome) {}

    private final ContinuationService service;
    private final Continuations continuations;
    private final SupportActions actions;
    private final JdbcClient jdbc;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;
    private final org.trio.access.AuditTrail audit;

    ContinuationController(
            ContinuationService service,
            Continuations continuations,
            SupportActions actions,
            JdbcClient jdbc,
            ReferentialManagement referential,
            AccessPolicy policy,
            Clock clock,
            org.trio.platform.document.TableExports exports,
            org.trio.access.AuditTrail audit) {
        this.exports = exports;
        this.audit = audit;
        this.service = service;
        this.continuations = continuations;
        this.actions = actions;
        this.jdbc = jdbc;
        this.referential = referential;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/continuations")
    String list(
            CurrentUser user,
            @RequestParam(defaultValue = "false") boolean closed,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Paging paging = Paging.of(page);
        model.addAttribute("slice", paging.slice(lines(user, closed, paging.fetchSize(), paging.offset())));
        model.addAttribute("closed", closed);
        return "contract/continuations";
    }

    /** The whole worklist (open or closed follow-ups) as XLSX or CSV; the export is written to the audit trail. */
    @GetMapping(path = "/continuations", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam String format,
                    @RequestParam(defaultValue = "false") boolean closed) {
        List<Line> lines = lines(user, closed, Integer.MAX_VALUE, 0);
        org.trio.platform.document.Table<Line> table = org.trio.platform.document.Table.<Line>titled(
                        closed ? "Suivis après rupture terminés" : "Suivis après rupture en cours")
                .text("Apprenti", Line::apprentice)
                .date("Rupture", Line::startDate)
                .date("Fin des six mois", Line::endDate)
                .integer("Jours restants", line -> line.outcome() == null ? line.daysLeft() : null)
                .integer("Actions", Line::actions)
                .text("Issue", line -> line.outcome() == null ? "en cours" : line.outcome())
                .rows(lines);
        audit.recordEvent(
                "EXPORT_CONTINUATIONS",
                "Export des suivis après rupture " + (closed ? "terminés" : "en cours") + " : " + lines.size()
                        + " lignes");
        return exports.respond(format, closed ? "suivis-termines" : "suivis-en-cours", table);
    }

    private List<Line> lines(CurrentUser user, boolean closed, int limit, int offset) {
        LocalDate today = LocalDate.now(clock);
        ApprenticeScope scope = policy.scopeOf(user);
        Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        List<Object[]> rows = jdbc.sql(
                        """
                        select c.id, c.apprentice_id, c.start_date, c.end_date, c.outcome,
                               (select count(*) from contract.support_action a where a.continuation_id = c.id)
                          from contract.continuation c
                         where %s and (c.outcome is %s null)
                         order by c.end_date, c.id limit :limit offset :offset""".formatted(scope.sql("c.cfa_id", "c.site_id", "c.apprentice_id"), closed ? "not" : ""))
                .params(parameters)
                .query((rs, row) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getDate(3).toLocalDate(),
                    rs.getDate(4).toLocalDate(),
                    rs.getString(5),
                    rs.getInt(6)
                })
                .list();
        Map<Long, ApprenticeInfo> people = referential.apprentices(
                rows.stream().map(row -> (Long) row[1]).distinct().toList());
        return rows.stream()
                .map(row -> new Line(
                        (Long) row[0],
                        (Long) row[1],
                        people.containsKey((Long) row[1])
                                ? people.get((Long) row[1]).fullName()
                                : "—",
                        (LocalDate) row[2],
                        (LocalDate) row[3],
                        java.time.temporal.ChronoUnit.DAYS.between(today, (LocalDate) row[3]),
                        (Integer) row[5],
                        (String) row[4]))
                .toList();
    }

    @GetMapping("/continuations/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        Continuation continuation = find(id);
        policy.requireRead(user, continuation.apprenticeId, DataCategory.PEDAGOGICAL);
        return page(model, user, continuation, null, null, null);
    }

    @PostMapping("/continuations/{id}/actions")
    String addAction(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("actionForm") SupportActionForm form,
            BindingResult result,
            Model model) {
        Continuation continuation = find(id);
        policy.requireWrite(user, continuation.apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                service.addAction(id, form);
                return "redirect:/continuations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, user, continuation, form, null, null);
    }

    @PostMapping("/continuations/{id}/outcome")
    String outcome(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model) {
        Continuation continuation = find(id);
        policy.requireWrite(user, continuation.apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                service.conclude(id, form);
                return "redirect:/continuations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, user, continuation, null, form, null);
    }

    @PostMapping("/continuations/{id}/employer")
    String employer(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("employerForm") EmployerFollowUpForm form,
            BindingResult result,
            Model model) {
        Continuation continuation = find(id);
        policy.requireWrite(user, continuation.apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            service.followEmployer(id, form);
            return "redirect:/continuations/" + id;
        }
        return page(model, user, continuation, null, null, form);
    }

    private String page(
            Model model,
            CurrentUser user,
            Continuation continuation,
            SupportActionForm action,
            OutcomeForm outcome,
            EmployerFollowUpForm employer) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("continuation", continuation);
        model.addAttribute(
                "apprentice", referential.apprentice(continuation.apprenticeId).orElseThrow());
        model.addAttribute(
                "formerEmployer",
                referential.employer(continuation.formerEmployerId).orElse(null));
        model.addAttribute("actions", actions.findByContinuationIdOrderByActionDate(continuation.id));
        model.addAttribute("kinds", SupportAction.Kind.values());
        model.addAttribute("outcomes", List.of(Continuation.Outcome.REORIENTATION, Continuation.Outcome.DROPOUT));
        model.addAttribute("daysLeft", java.time.temporal.ChronoUnit.DAYS.between(today, continuation.endDate));
        model.addAttribute("canWrite", policy.canWrite(user, continuation.apprenticeId, DataCategory.PEDAGOGICAL));
        model.addAttribute(
                "actionForm",
                action != null ? action : new SupportActionForm(today, SupportAction.Kind.CV, null, null));
        model.addAttribute("outcomeForm", outcome != null ? outcome : new OutcomeForm(null, today));
        model.addAttribute(
                "employerForm",
                employer != null
                        ? employer
                        : new EmployerFollowUpForm(
                                continuation.employerImprovements,
                                continuation.employerHostsAgain == null ? "UNKNOWN" : continuation.employerHostsAgain));
        return "contract/continuation";
    }

    private Continuation find(long id) {
        return continuations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
