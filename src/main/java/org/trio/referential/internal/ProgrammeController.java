package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.Choice;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.DiplomaType;
import org.trio.referential.NewProgramme;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.shared.SchoolYear;

/**
 * The programmes of the network. Creating one looks the diploma up in the national nomenclatures as the CFD or RNCP
 * code is typed, and pre-fills its label, level, type, other code and filière.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class ProgrammeController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final ProgrammeList list;
    private final ProgrammeLookup lookup;
    private final CohortList cohorts;
    private final EditForms forms;
    private final Organisations organisations;
    private final Choices choices;
    private final ListExports exports;
    private final Clock clock;

    ProgrammeController(
            ReferentialManagement referential,
            ProgrammeList list,
            ProgrammeLookup lookup,
            CohortList cohorts,
            EditForms forms,
            Organisations organisations,
            Choices choices,
            Clock clock,
            SmartValidator validator,
            ListExports exports) {
        this.exports = exports;
        this.validator = validator;
        this.referential = referential;
        this.list = list;
        this.lookup = lookup;
        this.cohorts = cohorts;
        this.forms = forms;
        this.organisations = organisations;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/programmes")
    String programmes(
            CurrentUser user,
            @ModelAttribute("filter") ProgrammeList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        long network = organisations.networkOf(user);
        model.addAttribute("page", list.page(network, filter, Paging.of(page)));
        model.addAttribute("sectors", list.sectors(network));
        model.addAttribute("levels", levels());
        model.addAttribute("diplomaTypes", diplomaTypes());
        model.addAttribute("mayCreate", Permissions.administers(user));
        return Htmx.view(request, "referential/programmes", "results");
    }

    @GetMapping(path = "/programmes", params = "format")
    ResponseEntity<StreamingResponseBody> exportProgrammes(
            CurrentUser user, @RequestParam String format, @ModelAttribute("filter") ProgrammeList.Filter filter) {
        var table = exports.<ProgrammeList.Row>table("programmes.title")
                .text(exports.header("programme.label"), ProgrammeList.Row::label)
                .text(exports.header("programme.shortLabel"), ProgrammeList.Row::shortLabel)
                .text(
                        exports.header("programme.diplomaType"),
                        row -> row.diplomaType().label())
                .integer(exports.header("programme.level"), ProgrammeList.Row::level)
                .text(exports.header("programme.cfd"), ProgrammeList.Row::cfd)
                .text(exports.header("programme.rncp"), ProgrammeList.Row::rncp)
                .text(exports.header("programme.sector"), ProgrammeList.Row::sector)
                .integer(
                        exports.header("programme.theoreticalDurationMonths"),
                        ProgrammeList.Row::theoreticalDurationMonths)
                .text(exports.header("programme.certifyingInstitutionId"), ProgrammeList.Row::certifierName)
                .bool(exports.header("programmes.active"), ProgrammeList.Row::active);
        return exports.respond(
                format,
                "export.file.programmes",
                table,
                list.all(organisations.networkOf(user), filter),
                false,
                filter);
    }

    @GetMapping("/programmes/new")
    @PreAuthorize(Roles.ADMINISTRATION)
    String creation(CurrentUser user, Model model) {
        model.addAttribute(
                "programme",
                new NewProgramme(
                        organisations.networkOf(user), null, null, null, null, null, null, null, null, null, null));
        return form(user, model, null);
    }

    @PostMapping("/programmes/new")
    @PreAuthorize(Roles.ADMINISTRATION)
    String create(
            CurrentUser user,
            @ModelAttribute("programme") NewProgramme form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        NewProgramme command = inNetwork(form, organisations.networkOf(user));
        validator.validate(command, result);
        return Forms.created(result, () -> referential.registerProgramme(command))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/programmes/" + id;
                })
                .orElseGet(() -> form(user, model, null));
    }

    /**
     * The nomenclature's answer to the code being typed: the diploma found (its details replace the form's, and the
     * other code is filled in) or the diplomas whose code starts so.
     */
    @GetMapping("/programmes/lookup")
    @PreAuthorize(Roles.ADMINISTRATION)
    String lookup(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String cfd,
            @RequestParam(required = false) @Nullable String rncp,
            @RequestParam(required = false) @Nullable String code,
            HttpServletRequest request,
            Model model) {
        String trigger = Htmx.triggerName(request);
        String typed = code != null ? code : "rncp".equals(trigger) ? rncp : cfd;
        Optional<ProgrammeLookup.Match> match = lookup.exact(typed);
        model.addAttribute("typed", typed);
        model.addAttribute("match", match.orElse(null));
        model.addAttribute("suggestions", match.isPresent() ? List.of() : lookup.suggestions(typed));
        model.addAttribute("fillCfd", match.isPresent() && (code != null || "rncp".equals(trigger)));
        model.addAttribute("fillRncp", match.isPresent() && (code != null || !"rncp".equals(trigger)));
        match.ifPresent(found -> model.addAttribute(
                "programme",
                new NewProgramme(
                        organisations.networkOf(user),
                        found.cfd(),
                        found.rncp(),
                        found.label(),
                        null,
                        found.diplomaType(),
                        found.level() != null && found.level() >= 3 ? found.level() : null,
                        found.sector(),
                        null,
                        null,
                        null)));
        model.addAttribute("levels", levels());
        model.addAttribute("diplomaTypes", diplomaTypes());
        model.addAttribute("knownSectors", list.sectors(organisations.networkOf(user)));
        return "referential/programme-lookup";
    }

    @GetMapping("/programmes/{id}")
    String programme(CurrentUser user, @PathVariable long id, Model model) {
        ProgrammeInfo programme = ofNetwork(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "certifier",
                programme.certifyingInstitutionId() == null
                        ? null
                        : referential
                                .certifyingInstitution(programme.certifyingInstitutionId())
                                .orElse(null));
        model.addAttribute(
                "lead",
                programme.leadStaffId() == null
                        ? null
                        : referential.staffMember(programme.leadStaffId()).orElse(null));
        int year = SchoolYear.of(LocalDate.now(clock)).startYear();
        model.addAttribute(
                "cohorts",
                cohorts.all(organisations.visibleCfaIds(user), new CohortList.Filter(year, null, id, null, null)));
        model.addAttribute("mayEdit", Permissions.administers(user));
        return "referential/programme";
    }

    @GetMapping("/programmes/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATION)
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        ofNetwork(user, id);
        Versioned<NewProgramme> current = forms.programme(id).orElseThrow(Organisations::notFound);
        model.addAttribute("programme", current.form());
        model.addAttribute("version", current.version());
        return form(user, model, id);
    }

    @PostMapping("/programmes/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATION)
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute("programme") NewProgramme form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeInfo programme = ofNetwork(user, id);
        NewProgramme command = inNetwork(form, programme.networkId());
        validator.validate(command, result);
        if (Forms.saved(result, () -> referential.updateProgramme(id, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/programmes/" + id;
        }
        model.addAttribute("version", version);
        return form(user, model, id);
    }

    private ProgrammeInfo ofNetwork(CurrentUser user, long id) {
        ProgrammeInfo programme = referential.programme(id).orElseThrow(Organisations::notFound);
        if (programme.networkId() != organisations.networkOf(user)) {
            throw new AccessDeniedException("Formation d'un autre réseau");
        }
        return programme;
    }

    private String form(CurrentUser user, Model model, Long id) {
        long network = organisations.networkOf(user);
        model.addAttribute("id", id);
        model.addAttribute("levels", levels());
        model.addAttribute("diplomaTypes", diplomaTypes());
        model.addAttribute("knownSectors", list.sectors(network));
        model.addAttribute(
                "certifiers",
                referential.certifyingInstitutions().stream()
                        .map(institution -> Choice.of(institution.id(), institution.name()))
                        .toList());
        model.addAttribute(
                "leads",
                organisations.visibleCfaIds(user).stream()
                        .flatMap(cfa -> referential.staffOfCfa(cfa, StaffFunction.PROGRAMME_LEAD).stream())
                        .map(staff -> Choice.of(staff.id(), staff.fullName()))
                        .toList());
        return "referential/programme-form";
    }

    private List<Choice> levels() {
        return IntStream.rangeClosed(3, 8)
                .mapToObj(level -> Choice.of(level, choices.message("programme.level." + level)))
                .toList();
    }

    private static List<Choice> diplomaTypes() {
        return java.util.Arrays.stream(DiplomaType.values())
                .map(type -> new Choice(type.name(), type.label()))
                .toList();
    }

    private static NewProgramme inNetwork(NewProgramme form, long networkId) {
        return new NewProgramme(
                networkId,
                form.cfd(),
                form.rncp(),
                form.label(),
                form.shortLabel(),
                form.diplomaType(),
                form.level(),
                form.sector(),
                form.theoreticalDurationMonths(),
                form.certifyingInstitutionId(),
                form.leadStaffId());
    }

    @Bean
    static NavigationEntry programmesNavigation() {
        return new NavigationEntry(
                NavigationSection.TRAINING,
                "nav.programmes",
                "/programmes",
                "mortarboard",
                10,
                ReferentialNavigation.STAFF);
    }
}
