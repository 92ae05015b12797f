package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
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
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.Choice;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.CodeList;
import org.trio.referential.EmployerInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.NewMentor;
import org.trio.referential.ReferentialManagement;

/** Maîtres d'apprentissage: the list, each one's page, and their records, kept from their employer's page. */
@Controller
@PreAuthorize(Roles.STAFF)
class MentorController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final MentorList list;
    private final EditForms forms;
    private final Choices choices;
    private final PersonAccess access;
    private final ListExports exports;

    MentorController(
            ReferentialManagement referential,
            MentorList list,
            EditForms forms,
            Choices choices,
            PersonAccess access,
            SmartValidator validator,
            ListExports exports) {
        this.exports = exports;
        this.validator = validator;
        this.referential = referential;
        this.list = list;
        this.forms = forms;
        this.choices = choices;
        this.access = access;
    }

    @GetMapping("/mentors")
    String mentors(
            @ModelAttribute("filter") MentorList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", list.page(filter, Paging.of(page)));
        return Htmx.view(request, "referential/mentors", "results");
    }

    @GetMapping(path = "/mentors", params = "format")
    ResponseEntity<StreamingResponseBody> exportMentors(
            @RequestParam String format, @ModelAttribute("filter") MentorList.Filter filter) {
        var table = exports.<MentorList.Row>table("mentors.title")
                .text(exports.header("mentor.lastName"), MentorList.Row::lastName)
                .text(exports.header("mentor.firstName"), MentorList.Row::firstName)
                .text(exports.header("mentor.employer"), MentorList.Row::employerName)
                .text(exports.header("mentor.jobTitle"), MentorList.Row::jobTitle)
                .text(
                        exports.header("mentor.highestDiploma"),
                        row -> exports.label("code.cerfa-diploma.", row.highestDiploma()))
                .integer(exports.header("mentor.highestDiplomaLevel"), MentorList.Row::highestDiplomaLevel)
                .date(exports.header("mentor.trainingDate"), MentorList.Row::trainingDate);
        return exports.respond(format, "export.file.mentors", table, list.all(filter), true, filter);
    }

    @GetMapping("/employers/{employerId}/mentors/new")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String creation(@PathVariable long employerId, Model model) {
        EmployerInfo employer = referential.employer(employerId).orElseThrow(Organisations::notFound);
        model.addAttribute(
                "mentor", new NewMentor(employerId, null, null, null, null, null, null, null, null, null, null, null));
        return form(model, employer, null);
    }

    @PostMapping("/employers/{employerId}/mentors/new")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String create(
            @PathVariable long employerId,
            @ModelAttribute("mentor") NewMentor form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        EmployerInfo employer = referential.employer(employerId).orElseThrow(Organisations::notFound);
        NewMentor command = withEmployer(form, employerId);
        validator.validate(command, result);
        return Forms.created(result, () -> referential.registerMentor(command))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/mentors/" + id;
                })
                .orElseGet(() -> form(model, employer, null));
    }

    @GetMapping("/mentors/{id}")
    String mentor(CurrentUser user, @PathVariable long id, Model model) {
        MentorInfo mentor = referential.mentor(id).orElseThrow(Organisations::notFound);
        model.addAttribute("mentor", mentor);
        model.addAttribute("employer", referential.employer(mentor.employerId()).orElseThrow());
        model.addAttribute("access", access.panel(user, person(user, mentor)));
        model.addAttribute("mayEdit", Permissions.recordsEmployers(user));
        return "referential/mentor";
    }

    @GetMapping("/mentors/{id}/edit")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String edition(@PathVariable long id, Model model) {
        Versioned<NewMentor> current = forms.mentor(id).orElseThrow(Organisations::notFound);
        model.addAttribute("mentor", current.form());
        model.addAttribute("version", current.version());
        return form(model, referential.employer(current.form().employerId()).orElseThrow(), id);
    }

    @PostMapping("/mentors/{id}/edit")
    @PreAuthorize(Roles.EMPLOYER_RELATIONS)
    String edit(
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute("mentor") NewMentor form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MentorInfo mentor = referential.mentor(id).orElseThrow(Organisations::notFound);
        NewMentor command = withEmployer(form, mentor.employerId());
        validator.validate(command, result);
        if (Forms.saved(result, () -> referential.updateMentor(id, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/mentors/" + id;
        }
        model.addAttribute("version", version);
        return form(model, referential.employer(mentor.employerId()).orElseThrow(), id);
    }

    @PostMapping("/mentors/{id}/access")
    @PreAuthorize(Roles.DIRECTION)
    String openAccess(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        MentorInfo mentor = referential.mentor(id).orElseThrow(Organisations::notFound);
        access.open(user, person(user, mentor), Role.MENTOR, redirect);
        return "redirect:/mentors/" + id;
    }

    private String form(Model model, EmployerInfo employer, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("employer", employer);
        model.addAttribute("diplomas", diplomas(model));
        return "referential/mentor-form";
    }

    /** The CERFA list, and the code the record holds when an older form gave it another one (so it is not lost). */
    private List<Choice> diplomas(Model model) {
        List<Choice> diplomas = new java.util.ArrayList<>(choices.of(CodeList.CERFA_DIPLOMA));
        Object form = model.getAttribute("mentor");
        if (form instanceof NewMentor mentor
                && mentor.highestDiploma() != null
                && !mentor.highestDiploma().isBlank()
                && !CodeList.CERFA_DIPLOMA.contains(mentor.highestDiploma())) {
            diplomas.add(new Choice(mentor.highestDiploma(), mentor.highestDiploma()));
        }
        return diplomas;
    }

    /** A maître stays with the employer of the page (another employer is another maître record). */
    private static NewMentor withEmployer(NewMentor form, long employerId) {
        return new NewMentor(
                employerId,
                form.lastName(),
                form.firstName(),
                form.birthDate(),
                form.email(),
                form.phone(),
                form.jobTitle(),
                form.highestDiploma(),
                form.highestDiplomaLevel(),
                form.relatedExperienceYears(),
                form.trainingFollowed(),
                form.trainingDate());
    }

    private static PersonAccess.Person person(CurrentUser user, MentorInfo mentor) {
        return new PersonAccess.Person(
                PersonKind.MENTOR,
                mentor.id(),
                mentor.fullName(),
                mentor.email(),
                user.networkId() == null ? -1 : user.networkId(),
                null,
                null,
                PersonAccess.managingCfa(user),
                List.of(Role.MENTOR));
    }

    @Bean
    static NavigationEntry mentorsNavigation() {
        return new NavigationEntry(
                NavigationSection.PEOPLE,
                "nav.mentors",
                "/mentors",
                "person-workspace",
                30,
                ReferentialNavigation.STAFF);
    }
}
