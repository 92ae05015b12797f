package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
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
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.Choice;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.CohortInfo;
import org.trio.referential.NewCohort;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;

/** Cohorts (promotions) per school year, site, programme and programme year, in the CFAs the user sees. */
@Controller
@PreAuthorize(Roles.STAFF)
class CohortController {

    private final ReferentialManagement referential;
    private final CohortList list;
    private final EditForms forms;
    private final Organisations organisations;
    private final Choices choices;
    private final ListExports exports;
    private final Clock clock;

    CohortController(
            ReferentialManagement referential,
            CohortList list,
            EditForms forms,
            Organisations organisations,
            Choices choices,
            Clock clock,
            ListExports exports) {
        this.exports = exports;
        this.referential = referential;
        this.list = list;
        this.forms = forms;
        this.organisations = organisations;
        this.choices = choices;
        this.clock = clock;
    }

    /** The filters of the list; without a school year, the current one. */
    record Filters(
            @Nullable Integer schoolYear,
            @Nullable Long siteId,
            @Nullable Long programmeId,
            @Nullable Integer programmeYear,
            @Nullable String q) {}

    @GetMapping("/cohorts")
    String cohorts(
            CurrentUser user,
            @ModelAttribute("filters") Filters filters,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        int year = filters.schoolYear() != null ? filters.schoolYear() : currentYear();
        CohortList.Filter filter = new CohortList.Filter(
                year, filters.siteId(), filters.programmeId(), filters.programmeYear(), filters.q());
        model.addAttribute("filter", filter);
        model.addAttribute("page", list.page(organisations.visibleCfaIds(user), filter, Paging.of(page)));
        if (Htmx.wantsFragment(request)) {
            return "referential/cohorts :: results";
        }
        model.addAttribute("mayCreate", Permissions.administers(user));
        options(user, model);
        return "referential/cohorts";
    }

    @GetMapping(path = "/cohorts", params = "format")
    ResponseEntity<StreamingResponseBody> exportCohorts(
            CurrentUser user, @RequestParam String format, @ModelAttribute("filters") Filters filters) {
        int year = filters.schoolYear() != null ? filters.schoolYear() : currentYear();
        CohortList.Filter filter = new CohortList.Filter(
                year, filters.siteId(), filters.programmeId(), filters.programmeYear(), filters.q());
        var table = exports.<CohortList.Row>table("cohorts.title")
                .text(exports.header("cohort.label"), CohortList.Row::label)
                .text(exports.header("cohort.schoolYear"), CohortList.Row::schoolYearLabel)
                .text(exports.header("cohort.siteId"), CohortList.Row::siteName)
                .text(exports.header("cohort.programmeId"), CohortList.Row::programmeLabel)
                .integer(exports.header("cohort.programmeYear"), CohortList.Row::programmeYear)
                .date(exports.header("cohort.startDate"), CohortList.Row::startDate)
                .date(exports.header("cohort.endDate"), CohortList.Row::endDate);
        return exports.respond(
                format,
                "export.file.cohorts",
                table,
                list.all(organisations.visibleCfaIds(user), filter),
                false,
                filter);
    }

    @GetMapping("/cohorts/new")
    @PreAuthorize(Roles.ADMINISTRATION)
    String creation(CurrentUser user, Model model) {
        int year = currentYear();
        model.addAttribute(
                "cohort",
                new NewCohort(null, null, year, 1, null, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 6, 30)));
        return form(user, model, null);
    }

    @PostMapping("/cohorts/new")
    @PreAuthorize(Roles.ADMINISTRATION)
    String create(
            CurrentUser user,
            @Valid @ModelAttribute("cohort") NewCohort form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.siteId() != null) {
            organisations.requireAdministers(user, organisations.cfaOfSite(form.siteId()));
        }
        return Forms.created(result, () -> referential.registerCohort(form))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/cohorts/" + id;
                })
                .orElseGet(() -> form(user, model, null));
    }

    @GetMapping("/cohorts/{id}")
    String cohort(CurrentUser user, @PathVariable long id, Model model) {
        CohortInfo cohort = referential.cohort(id).orElseThrow(Organisations::notFound);
        long cfa = organisations.cfaOfSite(cohort.siteId());
        organisations.requireSees(user, cfa);
        model.addAttribute("cohort", cohort);
        model.addAttribute("site", referential.site(cohort.siteId()).orElseThrow());
        model.addAttribute(
                "programme", referential.programme(cohort.programmeId()).orElseThrow());
        model.addAttribute("mayEdit", organisations.administers(user, cfa));
        return "referential/cohort";
    }

    @GetMapping("/cohorts/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATION)
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        Versioned<NewCohort> current = forms.cohort(id).orElseThrow(Organisations::notFound);
        organisations.requireAdministers(
                user, organisations.cfaOfSite(current.form().siteId()));
        model.addAttribute("cohort", current.form());
        model.addAttribute("version", current.version());
        return form(user, model, id);
    }

    @PostMapping("/cohorts/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATION)
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("cohort") NewCohort form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CohortInfo cohort = referential.cohort(id).orElseThrow(Organisations::notFound);
        organisations.requireAdministers(user, organisations.cfaOfSite(cohort.siteId()));
        if (form.siteId() != null) {
            organisations.requireAdministers(user, organisations.cfaOfSite(form.siteId()));
        }
        if (Forms.saved(result, () -> referential.updateCohort(id, version, form))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/cohorts/" + id;
        }
        model.addAttribute("version", version);
        return form(user, model, id);
    }

    private String form(CurrentUser user, Model model, Long id) {
        model.addAttribute("id", id);
        options(user, model);
        return "referential/cohort-form";
    }

    /** Sites of the CFAs the user sees, the network's programmes, school years around today and programme years. */
    private void options(CurrentUser user, Model model) {
        List<Choice> sites = organisations.visibleCfaIds(user).stream()
                .flatMap(cfa -> referential.sitesOfCfa(cfa).stream())
                .map(site -> Choice.of(site.id(), site.name()))
                .toList();
        List<Choice> programmes = referential.programmesOfNetwork(organisations.networkOf(user)).stream()
                .map(programme -> Choice.of(programme.id(), programme.label()))
                .toList();
        int year = currentYear();
        model.addAttribute("sites", sites);
        model.addAttribute("programmes", programmes);
        model.addAttribute(
                "schoolYears",
                IntStream.iterate(year + 1, y -> y >= year - 3, y -> y - 1)
                        .mapToObj(y -> Choice.of(y, new SchoolYear(y).label()))
                        .toList());
        model.addAttribute(
                "programmeYears",
                IntStream.rangeClosed(1, 5)
                        .mapToObj(y -> Choice.of(y, choices.message("cohort.programmeYear.value", y)))
                        .toList());
    }

    private int currentYear() {
        return SchoolYear.of(LocalDate.now(clock)).startYear();
    }

    @Bean
    static NavigationEntry cohortsNavigation() {
        return new NavigationEntry(
                NavigationSection.TRAINING, "nav.cohorts", "/cohorts", "people", 20, ReferentialNavigation.STAFF);
    }
}
