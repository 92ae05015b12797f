package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.Choice;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CodeList;
import org.trio.referential.NewApprentice;
import org.trio.referential.ReferentialManagement;

/**
 * The apprentices of the user's scope (search by name, INE or e-mail; filters), their registration with the identity
 * fields of the national upload format, and the correction of their identity.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class ApprenticeController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final ApprenticeList list;
    private final EditForms forms;
    private final AccessPolicy policy;
    private final Organisations organisations;
    private final Choices choices;
    private final ListExports exports;
    private final Clock clock;

    ApprenticeController(
            ReferentialManagement referential,
            ApprenticeList list,
            EditForms forms,
            AccessPolicy policy,
            Organisations organisations,
            Choices choices,
            Clock clock,
            SmartValidator validator,
            ListExports exports) {
        this.exports = exports;
        this.validator = validator;
        this.referential = referential;
        this.list = list;
        this.forms = forms;
        this.policy = policy;
        this.organisations = organisations;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/apprentices")
    String apprentices(
            CurrentUser user,
            @ModelAttribute("filter") ApprenticeList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Long> cfas = organisations.visibleCfaIds(user);
        model.addAttribute("page", list.page(policy.scopeOf(user), filter, today, Paging.of(page)));
        model.addAttribute("today", today);
        if (Htmx.wantsFragment(request)) {
            return "referential/apprentices :: results";
        }
        model.addAttribute("cfas", cfas.size() > 1 ? cfaChoices(cfas) : List.of());
        model.addAttribute("sites", user.siteId() == null ? siteChoices(cfas) : List.of());
        model.addAttribute("mayCreate", Permissions.registersApprentices(user));
        return "referential/apprentices";
    }

    @GetMapping(path = "/apprentices", params = "format")
    ResponseEntity<StreamingResponseBody> exportApprentices(
            CurrentUser user, @RequestParam String format, @ModelAttribute("filter") ApprenticeList.Filter filter) {
        LocalDate today = LocalDate.now(clock);
        var table = exports.<ApprenticeList.Row>table("apprentices.title")
                .text(exports.header("apprentice.lastName"), ApprenticeList.Row::lastName)
                .text(exports.header("apprentice.usageName"), ApprenticeList.Row::usageName)
                .text(exports.header("apprentice.firstName"), ApprenticeList.Row::firstName)
                .date(exports.header("apprentice.birthDate"), ApprenticeList.Row::birthDate)
                .bool(exports.header("apprentices.minor"), row -> row.isMinorOn(today))
                .text(exports.header("apprentice.sex"), ApprenticeList.Row::sex)
                .text(exports.header("apprentice.ine"), ApprenticeList.Row::ine)
                .text(exports.header("apprentice.email"), ApprenticeList.Row::email)
                .text(exports.header("apprentice.cfaId"), ApprenticeList.Row::cfaName)
                .text(exports.header("apprentice.siteId"), ApprenticeList.Row::siteName);
        return exports.respond(
                format, "export.file.apprentices", table, list.all(policy.scopeOf(user), filter, today), true, filter);
    }

    /** The apprentice's own file, from the menu. */
    @GetMapping("/apprentices/me")
    @PreAuthorize("hasRole('APPRENTICE')")
    String mine(CurrentUser user) {
        if (user.personId() == null) {
            throw new AccessDeniedException("Compte sans dossier");
        }
        return "redirect:/apprentices/" + user.personId();
    }

    @GetMapping("/apprentices/new")
    @PreAuthorize(Roles.APPRENTICE_REGISTRATION)
    String creation(CurrentUser user, Model model) {
        List<Long> cfas = organisations.visibleCfaIds(user);
        model.addAttribute(
                "apprentice",
                new NewApprentice(
                        cfas.size() == 1 ? cfas.get(0) : null,
                        user.siteId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "1"));
        return form(user, model, null);
    }

    @PostMapping("/apprentices/new")
    @PreAuthorize(Roles.APPRENTICE_REGISTRATION)
    String create(
            CurrentUser user,
            @Valid @ModelAttribute("apprentice") NewApprentice form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            requireMayHold(user, form.cfaId(), form.siteId());
        }
        return Forms.created(result, () -> referential.registerApprentice(form))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    if (form.birthDate().plusYears(18).isAfter(LocalDate.now(clock))) {
                        redirect.addFlashAttribute("minorRegistered", true);
                        return "redirect:/apprentices/" + id + "/legal-representatives/new";
                    }
                    return "redirect:/apprentices/" + id;
                })
                .orElseGet(() -> form(user, model, null));
    }

    @GetMapping("/apprentices/{id}/edit")
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        Versioned<NewApprentice> current = forms.apprentice(id).orElseThrow(Organisations::notFound);
        model.addAttribute("apprentice", current.form());
        model.addAttribute("version", current.version());
        return form(user, model, id);
    }

    @PostMapping("/apprentices/{id}/edit")
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute("apprentice") NewApprentice form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        policy.requireWrite(user, id, DataCategory.IDENTITY);
        ApprenticeInfo current = referential.apprentice(id).orElseThrow(Organisations::notFound);
        NewApprentice command = atCfa(form, current.cfaId());
        validator.validate(command, result);
        if (Forms.saved(result, () -> referential.correctApprenticeIdentity(id, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/apprentices/" + id;
        }
        model.addAttribute("version", version);
        return form(user, model, id);
    }

    private String form(CurrentUser user, Model model, @Nullable Long id) {
        List<Long> cfas = id == null
                ? organisations.visibleCfaIds(user)
                : List.of(referential.apprentice(id).orElseThrow().cfaId());
        model.addAttribute("id", id);
        model.addAttribute("cfas", cfaChoices(cfas));
        model.addAttribute(
                "siteGroups",
                cfas.stream()
                        .map(cfa -> new StaffController.SiteGroup(
                                referential.cfa(cfa).orElseThrow().name(),
                                referential.sitesOfCfa(cfa).stream()
                                        .filter(site -> user.siteId() == null || user.siteId() == site.id())
                                        .map(site -> Choice.of(site.id(), site.name()))
                                        .toList()))
                        .toList());
        model.addAttribute(
                "sexes",
                List.of(
                        new Choice("F", choices.message("apprentice.sex.F")),
                        new Choice("M", choices.message("apprentice.sex.M"))));
        model.addAttribute("nationalities", choices.of(CodeList.NATIONALITY));
        return "referential/apprentice-form";
    }

    /** A new record is held by a CFA (and site) of the user's scope. */
    private void requireMayHold(CurrentUser user, Long cfaId, @Nullable Long siteId) {
        boolean allowed = organisations.sees(user, cfaId)
                && (user.role() == Role.NETWORK_ADMIN
                        || user.siteId() == null
                        || user.siteId().equals(siteId));
        if (!allowed) {
            throw new AccessDeniedException("CFA hors de votre périmètre");
        }
    }

    private List<Choice> cfaChoices(List<Long> cfas) {
        return cfas.stream()
                .map(cfa -> Choice.of(cfa, referential.cfa(cfa).orElseThrow().name()))
                .toList();
    }

    private List<Choice> siteChoices(List<Long> cfas) {
        return cfas.stream()
                .flatMap(cfa -> referential.sitesOfCfa(cfa).stream())
                .map(site -> Choice.of(site.id(), site.name()))
                .toList();
    }

    private static NewApprentice atCfa(NewApprentice form, long cfaId) {
        return new NewApprentice(
                cfaId,
                form.siteId(),
                form.lastName(),
                form.usageName(),
                form.firstName(),
                form.firstName2(),
                form.firstName3(),
                form.birthDate(),
                form.birthPostCode(),
                form.birthCommuneInsee(),
                form.birthPlace(),
                form.sex(),
                form.ine(),
                form.address(),
                form.postCode(),
                form.city(),
                form.communeInsee(),
                form.phone(),
                form.email(),
                form.nationality());
    }

    @Bean
    static NavigationEntry apprenticesNavigation() {
        return new NavigationEntry(
                NavigationSection.PEOPLE,
                "nav.apprentices",
                "/apprentices",
                "mortarboard",
                10,
                ReferentialNavigation.APPRENTICE_LIST);
    }

    @Bean
    static NavigationEntry ownFileNavigation() {
        return new NavigationEntry(
                NavigationSection.PEOPLE,
                "nav.own-file",
                "/apprentices/me",
                "person-lines-fill",
                5,
                java.util.Set.of(Role.APPRENTICE.name()));
    }
}
