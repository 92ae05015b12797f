package org.trio.quality.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.trio.quality.NewImprovementAction;
import org.trio.referential.CfaInfo;
import org.trio.shared.InvalidInputException;

/** The improvement-measure dashboard (Qualiopi 32, seed 003): every measure, its source, owner, due date and effect. */
@Controller
@PreAuthorize(Roles.QUALITY)
class ImprovementActionController {

    private final ImprovementActionService service;
    private final ActionQueries queries;
    private final QualityCfas cfas;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;
    private final org.springframework.context.MessageSource messages;

    ImprovementActionController(
            ImprovementActionService service,
            ActionQueries queries,
            QualityCfas cfas,
            Clock clock,
            org.trio.platform.document.TableExports exports,
            org.springframework.context.MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
        this.service = service;
        this.queries = queries;
        this.cfas = cfas;
        this.clock = clock;
    }

    @GetMapping("/quality/actions")
    String list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("page", queries.list(chosen.id(), status, source, late, today, Paging.of(page)));
        model.addAttribute("counts", queries.counts(chosen.id(), today));
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("late", late);
        model.addAttribute("statuses", ImprovementAction.Status.values());
        model.addAttribute("sources", ImprovementAction.Source.values());
        return "quality/actions";
    }

    @GetMapping(path = "/quality/actions", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam String format,
                    @RequestParam(required = false) @Nullable Long cfa,
                    @RequestParam(required = false) @Nullable String status,
                    @RequestParam(required = false) @Nullable String source,
                    @RequestParam(defaultValue = "false") boolean late) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var table = org.trio.platform.document.Table.<ActionQueries.ActionRow>titled("Mesures d'amélioration")
                .text("Mesure", ActionQueries.ActionRow::title)
                .text("Origine", row -> messages.getMessage("action.source." + row.source(), null, locale))
                .text("Référence de l'origine", ActionQueries.ActionRow::sourceReference)
                .text("Pilote", ActionQueries.ActionRow::owner)
                .date("Ouverte le", ActionQueries.ActionRow::openedOn)
                .date("Échéance", ActionQueries.ActionRow::dueOn)
                .text("Statut", row -> messages.getMessage("action.status." + row.status(), null, locale))
                .bool("En retard", ActionQueries.ActionRow::late)
                .date("Réalisée le", ActionQueries.ActionRow::doneOn)
                .text("Effet observé", ActionQueries.ActionRow::effectObserved)
                .rows(queries.all(chosen.id(), status, source, late, LocalDate.now(clock)));
        return exports.respond(format, "mesures-amelioration-" + chosen.uai(), table);
    }

    @GetMapping("/quality/actions/new")
    String newAction(CurrentUser user, @RequestParam(required = false) @Nullable Long cfa, Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        model.addAttribute("cfa", chosen);
        model.addAttribute("actionForm", ActionForm.empty(LocalDate.now(clock)));
        model.addAttribute("sources", ImprovementAction.Source.values());
        return "quality/action-new";
    }

    @PostMapping("/quality/actions")
    String create(
            CurrentUser user,
            @RequestParam long cfa,
            @Valid @ModelAttribute ActionForm actionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        if (!result.hasErrors()) {
            try {
                long id = service.openImprovementAction(new NewImprovementAction(
                        chosen.id(),
                        actionForm.title(),
                        actionForm.description(),
                        actionForm.source().name(),
                        actionForm.sourceReference(),
                        actionForm.owner(),
                        actionForm.dueOn()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/actions/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("cfa", chosen);
        model.addAttribute("sources", ImprovementAction.Source.values());
        return "quality/action-new";
    }

    @GetMapping("/quality/actions/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        ImprovementAction action = load(user, id);
        model.addAttribute("action", action);
        model.addAttribute("late", action.lateOn(LocalDate.now(clock)));
        model.addAttribute(
                "actionFollowUp",
                new ActionFollowUp(action.status, action.owner, action.dueOn, action.doneOn, action.effectObserved));
        model.addAttribute("statuses", ImprovementAction.Status.values());
        return "quality/action";
    }

    @PostMapping("/quality/actions/{id}")
    String follow(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute ActionFollowUp actionFollowUp,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ImprovementAction action = load(user, id);
        if (!result.hasErrors()) {
            try {
                service.follow(id, actionFollowUp);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/actions/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("action", action);
        model.addAttribute("late", action.lateOn(LocalDate.now(clock)));
        model.addAttribute("statuses", ImprovementAction.Status.values());
        return "quality/action";
    }

    private ImprovementAction load(CurrentUser user, long id) {
        ImprovementAction action =
                service.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        cfas.require(user, action.cfaId);
        return action;
    }

    @Bean
    static NavigationEntry improvementActionsNavigation() {
        return new NavigationEntry(
                NavigationSection.QUALITY,
                "nav.quality.actions",
                "/quality/actions",
                "graph-up-arrow",
                20,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "QUALITY_MANAGER"));
    }
}
