package org.trio.referential.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
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
import org.trio.access.CurrentUser;
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.web.Choice;
import org.trio.platform.web.Htmx;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;
import org.trio.referential.NewStaffMember;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;

/**
 * The staff of the CFAs and of the network (trainers, CJE, ADCP, ASE, secretariat, referents, quality, programme
 * leads, direction): everybody on staff sees their CFA's, the direction keeps the records and opens their accesses.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class StaffController {

    private final SmartValidator validator;

    private final ReferentialManagement referential;
    private final StaffList list;
    private final EditForms forms;
    private final Organisations organisations;
    private final Choices choices;
    private final PersonAccess access;
    private final ListExports exports;

    StaffController(
            ReferentialManagement referential,
            StaffList list,
            EditForms forms,
            Organisations organisations,
            Choices choices,
            PersonAccess access,
            SmartValidator validator,
            ListExports exports) {
        this.exports = exports;
        this.validator = validator;
        this.referential = referential;
        this.list = list;
        this.forms = forms;
        this.organisations = organisations;
        this.choices = choices;
        this.access = access;
    }

    @GetMapping("/staff")
    String staff(
            CurrentUser user,
            @ModelAttribute("filter") StaffList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        List<Long> cfas = organisations.visibleCfaIds(user);
        model.addAttribute("page", list.page(networkLevel(user), cfas, filter, Paging.of(page)));
        if (Htmx.wantsFragment(request)) {
            return "referential/staff-list :: results";
        }
        model.addAttribute("functions", choices.of(StaffFunction.values(), "staff.function"));
        model.addAttribute("cfas", cfaChoices(cfas));
        model.addAttribute("mayCreate", user.role() == Role.CFA_DIRECTOR || user.role() == Role.NETWORK_ADMIN);
        return "referential/staff-list";
    }

    @GetMapping(path = "/staff", params = "format")
    ResponseEntity<StreamingResponseBody> exportStaff(
            CurrentUser user, @RequestParam String format, @ModelAttribute("filter") StaffList.Filter filter) {
        var table = exports.<StaffList.Row>table("staff.title")
                .text(exports.header("staff.lastName"), StaffList.Row::lastName)
                .text(exports.header("staff.firstName"), StaffList.Row::firstName)
                .text(exports.header("staff.function"), row -> exports.label("staff.function.", row.function()))
                .text(exports.header("staff.jobTitle"), StaffList.Row::jobTitle)
                .text(exports.header("staff.cfaId"), StaffList.Row::cfaName)
                .text(exports.header("staff.siteId"), StaffList.Row::siteName)
                .text(exports.header("staff.email"), StaffList.Row::email);
        List<StaffList.Row> rows = list.all(networkLevel(user), organisations.visibleCfaIds(user), filter);
        return exports.respond(format, "export.file.staff", table, rows, true, filter);
    }

    @GetMapping("/staff/new")
    @PreAuthorize(Roles.DIRECTION)
    String creation(CurrentUser user, Model model) {
        model.addAttribute(
                "staff",
                new NewStaffMember(
                        organisations.networkOf(user), user.cfaId(), null, null, null, null, null, null, null));
        return form(user, model, null);
    }

    @PostMapping("/staff/new")
    @PreAuthorize(Roles.DIRECTION)
    String create(
            CurrentUser user,
            @ModelAttribute("staff") NewStaffMember form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        NewStaffMember command = inNetwork(form, organisations.networkOf(user));
        validator.validate(command, result);
        if (!result.hasErrors()) {
            requireManages(user, command.cfaId(), command.networkId());
        }
        return Forms.created(result, () -> referential.registerStaffMember(command))
                .map(id -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/staff/" + id;
                })
                .orElseGet(() -> form(user, model, null));
    }

    @GetMapping("/staff/{id}")
    String member(CurrentUser user, @PathVariable long id, Model model) {
        StaffInfo member = referential.staffMember(id).orElseThrow(Organisations::notFound);
        if (!sees(user, member)) {
            throw new AccessDeniedException("Personnel hors de votre périmètre");
        }
        model.addAttribute("member", member);
        model.addAttribute(
                "cfa",
                member.cfaId() == null ? null : referential.cfa(member.cfaId()).orElse(null));
        model.addAttribute(
                "site",
                member.siteId() == null
                        ? null
                        : referential.site(member.siteId()).orElse(null));
        model.addAttribute("access", access.panel(user, person(member)));
        model.addAttribute("mayEdit", manages(user, member.cfaId(), member.networkId()));
        return "referential/staff";
    }

    @GetMapping("/staff/{id}/edit")
    @PreAuthorize(Roles.DIRECTION)
    String edition(CurrentUser user, @PathVariable long id, Model model) {
        Versioned<NewStaffMember> current = forms.staffMember(id).orElseThrow(Organisations::notFound);
        requireManages(user, current.form().cfaId(), current.form().networkId());
        model.addAttribute("staff", current.form());
        model.addAttribute("version", current.version());
        return form(user, model, id);
    }

    @PostMapping("/staff/{id}/edit")
    @PreAuthorize(Roles.DIRECTION)
    String edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute("staff") NewStaffMember form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        StaffInfo member = referential.staffMember(id).orElseThrow(Organisations::notFound);
        requireManages(user, member.cfaId(), member.networkId());
        NewStaffMember command = inNetwork(form, member.networkId());
        validator.validate(command, result);
        if (!result.hasErrors()) {
            requireManages(user, command.cfaId(), command.networkId());
        }
        if (Forms.saved(result, () -> referential.updateStaffMember(id, version, command))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/" + id;
        }
        model.addAttribute("version", version);
        return form(user, model, id);
    }

    @PostMapping("/staff/{id}/access")
    @PreAuthorize(Roles.DIRECTION)
    String openAccess(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Role role,
            RedirectAttributes redirect) {
        StaffInfo member = referential.staffMember(id).orElseThrow(Organisations::notFound);
        access.open(user, person(member), role, redirect);
        return "redirect:/staff/" + id;
    }

    private String form(CurrentUser user, Model model, Long id) {
        List<Long> managed = organisations.visibleCfaIds(user).stream()
                .filter(cfa -> organisations.manages(user, cfa))
                .toList();
        List<Choice> cfas = new ArrayList<>(cfaChoices(managed));
        List<SiteGroup> sites = managed.stream()
                .map(cfa -> new SiteGroup(
                        referential.cfa(cfa).orElseThrow().name(),
                        referential.sitesOfCfa(cfa).stream()
                                .map(site -> Choice.of(site.id(), site.name()))
                                .toList()))
                .toList();
        model.addAttribute("id", id);
        model.addAttribute("cfas", cfas);
        model.addAttribute("siteGroups", sites);
        model.addAttribute("networkLevel", user.role() == Role.NETWORK_ADMIN);
        model.addAttribute("functions", choices.of(StaffFunction.values(), "staff.function"));
        return "referential/staff-form";
    }

    /** The sites of one CFA in a select list. */
    record SiteGroup(String cfaName, List<Choice> sites) {}

    private List<Choice> cfaChoices(List<Long> cfas) {
        return cfas.stream()
                .map(cfa -> Choice.of(cfa, referential.cfa(cfa).orElseThrow().name()))
                .toList();
    }

    @Nullable
    private static Long networkLevel(CurrentUser user) {
        return user.role() == Role.NETWORK_ADMIN ? user.networkId() : null;
    }

    private boolean sees(CurrentUser user, StaffInfo member) {
        if (member.cfaId() != null) {
            return organisations.sees(user, member.cfaId());
        }
        return user.role() == Role.NETWORK_ADMIN
                && Long.valueOf(member.networkId()).equals(user.networkId());
    }

    private boolean manages(CurrentUser user, @Nullable Long cfaId, long networkId) {
        if (cfaId != null) {
            return organisations.manages(user, cfaId);
        }
        return user.role() == Role.NETWORK_ADMIN && Long.valueOf(networkId).equals(user.networkId());
    }

    private void requireManages(CurrentUser user, @Nullable Long cfaId, long networkId) {
        if (!manages(user, cfaId, networkId)) {
            throw new AccessDeniedException("Personnel hors de votre périmètre");
        }
    }

    private static NewStaffMember inNetwork(NewStaffMember form, long networkId) {
        return new NewStaffMember(
                networkId,
                form.cfaId(),
                form.siteId(),
                form.lastName(),
                form.firstName(),
                form.email(),
                form.phone(),
                form.function(),
                form.jobTitle());
    }

    /**
     * A staff member's access: the role of their function comes first, any role of a CFA's staff may be chosen
     * instead; staff of the network itself (no CFA) can only be network admins.
     */
    private static PersonAccess.Person person(StaffInfo member) {
        List<Role> roles = new ArrayList<>();
        if (member.cfaId() == null) {
            roles.add(Role.NETWORK_ADMIN);
        } else {
            roles.add(roleOf(member.function()));
            for (Role role : Role.values()) {
                if (role.isStaff() && role != Role.NETWORK_ADMIN && !roles.contains(role)) {
                    roles.add(role);
                }
            }
        }
        return new PersonAccess.Person(
                PersonKind.STAFF,
                member.id(),
                member.fullName(),
                member.email(),
                member.networkId(),
                member.cfaId(),
                member.siteId(),
                member.cfaId(),
                roles);
    }

    static Role roleOf(StaffFunction function) {
        return switch (function) {
            case DIRECTOR -> Role.CFA_DIRECTOR;
            case NETWORK_ADMIN -> Role.NETWORK_ADMIN;
            case PLACEMENT_ADVISOR -> Role.PLACEMENT_ADVISOR;
            case DEPUTY_PEDAGOGY -> Role.DEPUTY_PEDAGOGY;
            case DEPUTY_SOCIAL -> Role.DEPUTY_SOCIAL;
            case TRAINER -> Role.TUTOR;
            case SECRETARIAT -> Role.SECRETARIAT;
            case DISABILITY_REFERENT -> Role.DISABILITY_REFERENT;
            case MOBILITY_REFERENT -> Role.MOBILITY_REFERENT;
            case QUALITY_MANAGER -> Role.QUALITY_MANAGER;
            case PROGRAMME_LEAD -> Role.PROGRAMME_LEAD;
            case ANIMATOR -> Role.PLACEMENT_ADVISOR;
        };
    }

    @Bean
    static NavigationEntry staffNavigation() {
        return new NavigationEntry(
                NavigationSection.PEOPLE, "nav.staff", "/staff", "person-vcard", 40, ReferentialNavigation.STAFF);
    }
}
