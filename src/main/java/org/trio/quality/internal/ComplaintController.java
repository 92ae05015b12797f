package org.trio.quality.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
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
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.quality.internal.ComplaintForms.AcknowledgementForm;
import org.trio.quality.internal.ComplaintForms.AnswerForm;
import org.trio.quality.internal.ComplaintForms.ClosingForm;
import org.trio.quality.internal.ComplaintForms.ComplaintActionForm;
import org.trio.quality.internal.ComplaintForms.ComplaintForm;
import org.trio.referential.CfaInfo;
import org.trio.shared.InvalidInputException;

/** The register of complaints, hazards and difficulties (Qualiopi 31), from receipt to answer. */
@Controller
@PreAuthorize(Roles.QUALITY)
class ComplaintController {

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final ComplaintPolicy policy;
    private final ActionQueries actions;
    private final QualityCfas cfas;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;
    private final org.springframework.context.MessageSource messages;

    ComplaintController(
            ComplaintService service,
            ComplaintQueries queries,
            ComplaintPolicy policy,
            ActionQueries actions,
            QualityCfas cfas,
            Clock clock,
            org.trio.platform.document.TableExports exports,
            org.springframework.context.MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
        this.service = service;
        this.queries = queries;
        this.policy = policy;
        this.actions = actions;
        this.cfas = cfas;
        this.clock = clock;
    }

    @GetMapping("/quality/complaints")
    String list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String nature,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("page", queries.list(chosen.id(), status, nature, q, Paging.of(page)));
        model.addAttribute("counts", queries.counts(chosen.id()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("status", status);
        model.addAttribute("nature", nature);
        model.addAttribute("q", q);
        model.addAttribute("statuses", Complaint.Status.values());
        model.addAttribute("natures", Complaint.Nature.values());
        return "quality/complaints";
    }

    @GetMapping(path = "/quality/complaints", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam String format,
                    @RequestParam(required = false) @Nullable Long cfa,
                    @RequestParam(required = false) @Nullable String status,
                    @RequestParam(required = false) @Nullable String nature,
                    @RequestParam(required = false) @Nullable String q) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        LocalDate today = LocalDate.now(clock);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var table = org.trio.platform.document.Table.<ComplaintQueries.ComplaintRow>titled("Réclamations")
                .integer("N°", ComplaintQueries.ComplaintRow::id)
                .date("Reçue le", ComplaintQueries.ComplaintRow::receivedOn)
                .text("Nature", row -> messages.getMessage("complaint.nature." + row.nature(), null, locale))
                .text(
                        "Émetteur",
                        row -> messages.getMessage("complaint.complainant." + row.complainantKind(), null, locale))
                .text("Canal", row -> messages.getMessage("complaint.channel." + row.channel(), null, locale))
                .text("Objet", ComplaintQueries.ComplaintRow::subject)
                .date("Accusé de réception", ComplaintQueries.ComplaintRow::acknowledgedOn)
                .date("Réponse", ComplaintQueries.ComplaintRow::answeredOn)
                .text("Statut", row -> messages.getMessage("complaint.status." + row.status(), null, locale))
                .integer("Délai (jours)", row -> row.delayDays(today))
                .bool("Réponse hors délai", row -> row.answerLate(today))
                .integer("Mesure liée", ComplaintQueries.ComplaintRow::improvementActionId)
                .rows(queries.all(chosen.id(), status, nature, q));
        return exports.respond(format, "reclamations-" + chosen.uai(), table);
    }

    @GetMapping("/quality/complaints/new")
    String newComplaint(CurrentUser user, @RequestParam(required = false) @Nullable Long cfa, Model model) {
        model.addAttribute("cfa", cfas.resolve(user, cfa));
        model.addAttribute(
                "complaintForm",
                new ComplaintForm(
                        Complaint.Nature.COMPLAINT,
                        Complaint.Complainant.APPRENTICE,
                        "",
                        Complaint.Channel.EMAIL,
                        "",
                        "",
                        LocalDate.now(clock)));
        return newForm(model);
    }

    @PostMapping("/quality/complaints")
    String register(
            CurrentUser user,
            @RequestParam long cfa,
            @Valid @ModelAttribute ComplaintForm complaintForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        if (!result.hasErrors()) {
            try {
                long id = service.register(chosen.id(), complaintForm);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/complaints/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("cfa", chosen);
        return newForm(model);
    }

    private static String newForm(Model model) {
        model.addAttribute("natures", Complaint.Nature.values());
        model.addAttribute("complainants", Complaint.Complainant.values());
        model.addAttribute("channels", Complaint.Channel.values());
        return "quality/complaint-new";
    }

    @GetMapping("/quality/complaints/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        Complaint complaint = load(user, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("acknowledgementForm", new AcknowledgementForm(today));
        model.addAttribute("answerForm", new AnswerForm("", "", today));
        model.addAttribute("closingForm", new ClosingForm(today));
        model.addAttribute("complaintActionForm", new ComplaintActionForm("", "", today.plusMonths(2)));
        return detail(complaint, model);
    }

    @PostMapping("/quality/complaints/{id}/acknowledgement")
    String acknowledge(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute AcknowledgementForm acknowledgementForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = load(user, id);
        if (!result.hasErrors()) {
            try {
                service.acknowledge(id, acknowledgementForm.acknowledgedOn());
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("answerForm", new AnswerForm("", "", today));
        model.addAttribute("closingForm", new ClosingForm(today));
        model.addAttribute("complaintActionForm", new ComplaintActionForm("", "", today.plusMonths(2)));
        return detail(complaint, model);
    }

    @PostMapping("/quality/complaints/{id}/answer")
    String answer(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute AnswerForm answerForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = load(user, id);
        if (!result.hasErrors()) {
            try {
                service.answer(id, answerForm);
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("acknowledgementForm", new AcknowledgementForm(today));
        model.addAttribute("closingForm", new ClosingForm(today));
        model.addAttribute("complaintActionForm", new ComplaintActionForm("", "", today.plusMonths(2)));
        return detail(complaint, model);
    }

    @PostMapping("/quality/complaints/{id}/closing")
    String close(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute ClosingForm closingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = load(user, id);
        if (!result.hasErrors()) {
            try {
                service.close(id, closingForm.closedOn());
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("acknowledgementForm", new AcknowledgementForm(today));
        model.addAttribute("answerForm", new AnswerForm("", "", today));
        model.addAttribute("complaintActionForm", new ComplaintActionForm("", "", today.plusMonths(2)));
        return detail(complaint, model);
    }

    @PostMapping("/quality/complaints/{id}/action")
    String openAction(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintActionForm complaintActionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = load(user, id);
        if (!result.hasErrors()) {
            try {
                service.openAction(id, complaintActionForm);
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("acknowledgementForm", new AcknowledgementForm(today));
        model.addAttribute("answerForm", new AnswerForm("", "", today));
        model.addAttribute("closingForm", new ClosingForm(today));
        return detail(complaint, model);
    }

    private String detail(Complaint complaint, Model model) {
        LocalDate today = LocalDate.now(clock);
        ComplaintPolicy.Terms terms = policy.on(complaint.receivedOn);
        model.addAttribute("complaint", complaint);
        model.addAttribute("terms", terms);
        model.addAttribute("delay", complaint.delayDays(today));
        model.addAttribute(
                "acknowledgementLate",
                terms.acknowledgementLate(complaint.receivedOn, complaint.acknowledgedOn, today));
        model.addAttribute("answerLate", terms.answerLate(complaint.receivedOn, complaint.answeredOn, today));
        model.addAttribute(
                "linkedActions",
                actions.byIds(
                        complaint.improvementActionId == null ? List.of() : List.of(complaint.improvementActionId),
                        today));
        return "quality/complaint";
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/quality/complaints/" + id;
    }

    private Complaint load(CurrentUser user, long id) {
        Complaint complaint = service.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        cfas.require(user, complaint.cfaId);
        return complaint;
    }

    @Bean
    static NavigationEntry complaintsNavigation() {
        return new NavigationEntry(
                NavigationSection.QUALITY,
                "nav.quality.complaints",
                "/quality/complaints",
                "chat-square-text",
                10,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "QUALITY_MANAGER"));
    }
}
