package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
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
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.CodeList;
import org.trio.referential.EmployerInfo;
import org.trio.referential.NewEmployer;
import org.trio.referential.ReferentialManagement;

/** Employers (companies and public employers hosting apprentices) with their maîtres d'apprentissage. */
@Controller
@PreAuthorize(Roles.STAFF)
class EmployerController {

    private final ReferentialManagement referential;
    private final EmployerList list;
    private final EditForms forms;
    private final Choices choices;
    private final PersonAccess access;
    private final ListExports exports;

    EmployerController(
            ReferentialManagement referential,
            EmployerList list,
            EditForms forms,
            Choices choices,
            PersonAccess access,
            ListExports exports) {
        this.exports = exports;
        this.referential = referential;
        this.list = list;
        this.forms = forms;
        this.choices = choices;
        this.access = access;
    }

    @GetMapping("/employers")
    String employers(
            CurrentUser user,
            @ModelAttribute("filter") EmployerList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", list.page(filter, Paging.of(page)));
        model.addAttribute("employerTypes", choices.of(CodeList.EMPLOYER_TYPE));
        model.addAttribute("mayCreate", Permissions.recordsEmployers(user));
        return Htmx.view(request, "referential/employers", "results");
    }

    @GetMapping(path = "/employers", params = "format")
    ResponseEntity<StreamingResponseBody> exportEmployers(
            @RequestParam String format, @ModelAttribute("filter") EmployerList.Filter filter) {
        var table = exports.<EmployerList.Row>table("employers.title")
                .text(exports.header("employer.name"), EmployerList.Row::name)
                .text(exports.header("employer.siret"), EmployerList.Row::siret)
                .text(exports.header("employer.naf"), EmployerList.Row::naf)
                .integer(exports.header("employer.headcount"), EmployerList.Row::headcount)
                .text(exports.header("employer.employerType"), EmployerList.Row::employerType)
                .text(exports.header("employer.postCode"), EmployerList.Row::postCode)
                .text(exports.header("employer.city"), EmployerList.Row::city)
                .integer(exports.header("employers.mentors"), EmployerList.Row::mentors);
        return exports.respond(format, "export.file.employers", table, list.all(filter), true, filter);
    }

    @GetMapping("/employers/new")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String creation(Model model) {
        model.addAttribute("employer", emptyForm());
        return form(model, null);
    }

    @PostMapping("/employers/new")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String create(
            @Valid @ModelAttribute("employer") NewEmployer form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.created(result, () -> referential.registerEmployer(form))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/employers/" + id;
                })
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/employers/{id}")
    String employer(CurrentUser user, @PathVariable long id, Model model) {
        EmployerInfo employer = referential.employer(id).orElseThrow(Organisations::notFound);
        model.addAttribute("employer", employer);
        model.addAttribute("mentors", referential.mentorsOfEmployer(id));
        model.addAttribute("access", access.panel(user, person(user, employer)));
        model.addAttribute("mayEdit", Permissions.recordsEmployers(user));
        return "referential/employer";
    }

    @GetMapping("/employers/{id}/edit")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String edition(@PathVariable long id, Model model) {
        Versioned<NewEmployer> current = forms.employer(id).orElseThrow(Organisations::notFound);
        model.addAttribute("employer", current.form());
        model.addAttribute("version", current.version());
        return form(model, id);
    }

    @PostMapping("/employers/{id}/edit")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String edit(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("employer") NewEmployer form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.saved(result, () -> referential.updateEmployer(id, version, form))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/employers/" + id;
        }
        model.addAttribute("version", version);
        return form(model, id);
    }

    @PostMapping("/employers/{id}/access")
    @PreAuthorize(Roles.DIRECTION)
    String openAccess(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        EmployerInfo employer = referential.employer(id).orElseThrow(Organisations::notFound);
        access.open(user, person(user, employer), Role.EMPLOYER, redirect);
        return "redirect:/employers/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("employerTypes", choices.of(CodeList.EMPLOYER_TYPE));
        model.addAttribute("specificEmployers", choices.of(CodeList.SPECIFIC_EMPLOYER));
        return "referential/employer-form";
    }

    private static PersonAccess.Person person(CurrentUser user, EmployerInfo employer) {
        return new PersonAccess.Person(
                PersonKind.EMPLOYER,
                employer.id(),
                employer.contactName() != null ? employer.contactName() : employer.name(),
                employer.contactEmail(),
                user.networkId() == null ? -1 : user.networkId(),
                null,
                null,
                PersonAccess.managingCfa(user),
                List.of(Role.EMPLOYER));
    }

    private static NewEmployer emptyForm() {
        return new NewEmployer(null, null, null, null, null, null, "0", null, null, null, null, null, null, null);
    }

    @Bean
    static NavigationEntry employersNavigation() {
        return new NavigationEntry(
                NavigationSection.PEOPLE, "nav.employers", "/employers", "building", 20, ReferentialNavigation.STAFF);
    }
}
