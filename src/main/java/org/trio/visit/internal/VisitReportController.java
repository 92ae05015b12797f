package org.trio.visit.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.pdf.PdfRenderer;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.visit.RiskLevel;

/**
 * The report of a visit: written by the CFA after the visit (integration, missions against the referential, means
 * provided by the employer, relationship, attendance, difficulties, risk level, actions with owner and due date),
 * then read, commented and acknowledged by the trio; its actions are closed when done; and its PDF.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class VisitReportController {

    static final int ACTION_LINES = 3;

    private final VisitService visits;
    private final VisitQueries queries;
    private final VisitAccess access;
    private final ReferentialManagement referential;
    private final PdfRenderer pdfs;
    private final Clock clock;

    VisitReportController(
            VisitService visits,
            VisitQueries queries,
            VisitAccess access,
            ReferentialManagement referential,
            PdfRenderer pdfs,
            Clock clock) {
        this.visits = visits;
        this.queries = queries;
        this.access = access;
        this.referential = referential;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    @GetMapping("/visits/{visitId}/report")
    @PreAuthorize(Roles.STAFF)
    String form(@PathVariable long visitId, CurrentUser user, Model model) {
        Visit visit = visits.visit(visitId);
        FollowedContract contract = visits.contract(visit.contractId);
        access.requireStaffWrite(user, contract);
        if (visit.status != Visit.Status.PLANNED) {
            return queries.visits(visit.contractId).stream()
                    .filter(row -> row.id() == visitId && row.reportId() != null)
                    .findFirst()
                    .map(row -> "redirect:/visits/reports/" + row.reportId())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (!model.containsAttribute("reportForm")) {
            List<VisitForms.ActionLine> lines = new ArrayList<>();
            for (int i = 0; i < ACTION_LINES; i++) {
                lines.add(new VisitForms.ActionLine(null, null, null));
            }
            LocalDate today = LocalDate.now(clock);
            model.addAttribute(
                    "reportForm",
                    new VisitForms.ReportForm(
                            visit.plannedOn.isAfter(today) ? today : visit.plannedOn,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            lines));
        }
        model.addAttribute("visit", new VisitView(visit.id, visit.contractId, visit.plannedOn, visit.visitorName));
        model.addAttribute("apprentice", apprentice(contract));
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("owners", VisitAction.Owner.values());
        return "visit/report-form";
    }

    @PostMapping("/visits/{visitId}/report")
    @PreAuthorize(Roles.STAFF)
    String file(
            @PathVariable long visitId,
            CurrentUser user,
            @Valid @ModelAttribute("reportForm") VisitForms.ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Visit visit = visits.visit(visitId);
        access.requireStaffWrite(user, visits.contract(visit.contractId));
        if (!result.hasErrors()) {
            try {
                long report = visits.fileReport(user, visitId, form);
                redirect.addFlashAttribute("filed", true);
                return "redirect:/visits/reports/" + report;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(visitId, user, model);
    }

    @GetMapping("/visits/reports/{reportId}")
    String report(@PathVariable long reportId, CurrentUser user, Model model) {
        Report report = visits.report(reportId);
        FollowedContract contract = visits.contract(report.contractId);
        access.requireRead(user, contract);
        fill(model, report, contract);
        List<VisitQueries.Acknowledgement> acknowledgements = queries.acknowledgements(reportId);
        boolean acknowledged = acknowledgements.stream()
                .anyMatch(ack -> ack.role().equals(user.role().name())
                        && user.personId() != null
                        && java.util.Objects.equals(ack.personId(), user.personId()));
        boolean writer = access.canWrite(user, contract);
        model.addAttribute(
                "canAcknowledge",
                writer && !acknowledged && (user.role() == Role.MENTOR || user.role() == Role.APPRENTICE));
        model.addAttribute("canComment", writer);
        model.addAttribute("canClose", writer);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new VisitForms.CommentForm(null));
        }
        return "visit/report";
    }

    @PostMapping("/visits/reports/{reportId}/acknowledge")
    @PreAuthorize("hasAnyRole('MENTOR','APPRENTICE')")
    String acknowledge(@PathVariable long reportId, CurrentUser user, RedirectAttributes redirect) {
        Report report = visits.report(reportId);
        access.requireWrite(user, visits.contract(report.contractId));
        visits.acknowledge(user, reportId);
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/visits/reports/" + reportId;
    }

    @PostMapping("/visits/reports/{reportId}/comments")
    String comment(
            @PathVariable long reportId,
            CurrentUser user,
            @Valid @ModelAttribute("commentForm") VisitForms.CommentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Report report = visits.report(reportId);
        access.requireWrite(user, visits.contract(report.contractId));
        if (result.hasErrors()) {
            return report(reportId, user, model);
        }
        visits.comment(user, reportId, form.body());
        redirect.addFlashAttribute("commented", true);
        return "redirect:/visits/reports/" + reportId + "#commentaires";
    }

    @PostMapping("/visits/actions/{actionId}/close")
    String close(
            @PathVariable long actionId,
            CurrentUser user,
            @Valid @ModelAttribute("closeForm") VisitForms.CloseForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        VisitAction action = visits.action(actionId);
        access.requireWrite(user, visits.contract(action.contractId));
        if (!result.hasErrors()) {
            try {
                visits.closeAction(user, actionId, form.note());
                redirect.addFlashAttribute("closed", true);
            } catch (InvalidInputException e) {
                redirect.addFlashAttribute("alreadyClosed", true);
            }
        }
        return "redirect:/visits/reports/" + action.reportId + "#actions";
    }

    @GetMapping("/visits/reports/{reportId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long reportId, CurrentUser user) {
        Report report = visits.report(reportId);
        FollowedContract contract = visits.contract(report.contractId);
        access.requireRead(user, contract);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("report", view(report));
        model.put("apprentice", apprentice(contract));
        model.put(
                "employer",
                referential.employer(employerOf(contract)).map(e -> e.name()).orElse(""));
        model.put("actions", queries.actionsOfReport(reportId));
        model.put("acknowledgements", queries.acknowledgements(reportId));
        model.put("comments", queries.comments(reportId));
        model.put("zone", clock.getZone());
        return pdfs.respond("compte-rendu-visite", "pdf/visit-report", "Compte rendu de visite en entreprise", model);
    }

    private void fill(Model model, Report report, FollowedContract contract) {
        model.addAttribute("report", view(report));
        model.addAttribute("apprentice", apprentice(contract));
        model.addAttribute("actions", queries.actionsOfReport(report.id));
        model.addAttribute("acknowledgements", queries.acknowledgements(report.id));
        model.addAttribute("comments", queries.comments(report.id));
    }

    private long employerOf(FollowedContract contract) {
        return visits.employerOf(contract.contractId());
    }

    private String apprentice(FollowedContract contract) {
        return referential
                .apprentice(contract.apprenticeId())
                .map(a -> a.fullName())
                .orElse("");
    }

    static ReportView view(Report report) {
        return new ReportView(
                report.id,
                report.visitId,
                report.contractId,
                report.visitedOn,
                report.integration,
                report.missions,
                report.means,
                report.relationship,
                report.attendance,
                report.difficulties,
                report.riskLevel,
                report.filedBy,
                report.filedAt);
    }

    /** A visit as the report form shows it. */
    public record VisitView(long id, long contractId, LocalDate plannedOn, String visitorName) {}

    /** A report as the pages and the PDF show it. */
    public record ReportView(
            long id,
            long visitId,
            long contractId,
            LocalDate visitedOn,
            String integration,
            String missions,
            String means,
            String relationship,
            String attendance,
            String difficulties,
            RiskLevel riskLevel,
            String filedBy,
            java.time.Instant filedAt) {}
}
