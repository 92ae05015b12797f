package org.trio.calendar.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.PeriodKind;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/**
 * The alternance calendar pages: a cohort's common rhythm and a contract's calendar (the cohort's, adjusted), shown as
 * month grids readable on a phone, with their periods added and removed by the CFA.
 */
@Controller
class CalendarController {

    /** Staff who set the cohorts' rhythm. */
    static final String COHORT_EDITORS =
            "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','SECRETARIAT','DEPUTY_PEDAGOGY','PROGRAMME_LEAD')";

    private static final int MONTHS_SHOWN = 36;

    private final CalendarManagement calendars;
    private final ContractManagement contracts;
    private final ReferentialManagement referential;
    private final AccessPolicy access;
    private final CohortAccess cohorts;
    private final Clock clock;

    CalendarController(
            CalendarManagement calendars,
            ContractManagement contracts,
            ReferentialManagement referential,
            AccessPolicy access,
            CohortAccess cohorts,
            Clock clock) {
        this.calendars = calendars;
        this.contracts = contracts;
        this.referential = referential;
        this.access = access;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @GetMapping("/calendar/cohorts/{cohortId}")
    @PreAuthorize(Roles.STAFF)
    String cohort(@PathVariable long cohortId, CurrentUser user, Model model) {
        return cohortPage(cohortId, null, user, model);
    }

    /** The cohort's calendar with the form changing one of its periods. */
    @GetMapping("/calendar/cohorts/{cohortId}/periods/{periodId}")
    @PreAuthorize(COHORT_EDITORS)
    String editCohortPeriod(@PathVariable long cohortId, @PathVariable long periodId, CurrentUser user, Model model) {
        cohorts.require(user, cohortId);
        AlternancePeriod period = ofCohort(cohortId, periodId);
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", PeriodForm.of(period));
        }
        return cohortPage(cohortId, period, user, model);
    }

    @PostMapping("/calendar/cohorts/{cohortId}/periods/{periodId}")
    @PreAuthorize(COHORT_EDITORS)
    String updateCohortPeriod(
            @PathVariable long cohortId,
            @PathVariable long periodId,
            CurrentUser user,
            @Valid @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        cohorts.require(user, cohortId);
        AlternancePeriod period = ofCohort(cohortId, periodId);
        if (!result.hasErrors()) {
            try {
                calendars.updatePeriod(period.id(), form.toCommand());
                redirect.addFlashAttribute("updated", true);
                return "redirect:/calendar/cohorts/" + cohortId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return cohortPage(cohortId, period, user, model);
    }

    private AlternancePeriod ofCohort(long cohortId, long periodId) {
        return calendars
                .period(periodId)
                .filter(found -> found.cohortId() != null && found.cohortId() == cohortId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AlternancePeriod ofContract(long contractId, long periodId) {
        return calendars
                .period(periodId)
                .filter(found -> found.contractId() != null && found.contractId() == contractId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String cohortPage(long cohortId, @Nullable AlternancePeriod editing, CurrentUser user, Model model) {
        CohortInfo cohort = cohorts.require(user, cohortId);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", PeriodForm.empty());
        }
        List<AlternancePeriod> periods = calendars.cohortCalendar(cohortId);
        model.addAttribute("title", cohort.label() + " · " + cohort.schoolYear().label());
        model.addAttribute(
                "subtitle",
                referential.programme(cohort.programmeId()).map(p -> p.label()).orElse(""));
        model.addAttribute("months", MonthGrid.of(periods, LocalDate.now(clock), MONTHS_SHOWN));
        model.addAttribute("periods", periods);
        model.addAttribute("editable", mayEditCohorts(user));
        model.addAttribute("base", "/calendar/cohorts/" + cohortId);
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("cohortView", true);
        model.addAttribute("cohortLink", "/booklet/cohorts/" + cohortId + "/progression");
        return "calendar/calendar";
    }

    @PostMapping("/calendar/cohorts/{cohortId}/periods")
    @PreAuthorize(COHORT_EDITORS)
    String addCohortPeriod(
            @PathVariable long cohortId,
            CurrentUser user,
            @Valid @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        cohorts.require(user, cohortId);
        if (!result.hasErrors()) {
            try {
                calendars.addCohortPeriod(cohortId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/calendar/cohorts/" + cohortId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return cohortPage(cohortId, null, user, model);
    }

    @PostMapping("/calendar/cohorts/{cohortId}/periods/{periodId}/delete")
    @PreAuthorize(COHORT_EDITORS)
    String removeCohortPeriod(
            @PathVariable long cohortId, @PathVariable long periodId, CurrentUser user, RedirectAttributes redirect) {
        cohorts.require(user, cohortId);
        AlternancePeriod period = ofCohort(cohortId, periodId);
        calendars.removePeriod(period.id());
        redirect.addFlashAttribute("removed", true);
        return "redirect:/calendar/cohorts/" + cohortId;
    }

    @GetMapping("/calendar/contracts/{contractId}")
    @PreAuthorize(Roles.APPRENTICE_FILE)
    String contract(@PathVariable long contractId, CurrentUser user, Model model) {
        return contractPage(contractId, null, user, model);
    }

    /** The contract's calendar with the form changing one of its own periods. */
    @GetMapping("/calendar/contracts/{contractId}/periods/{periodId}")
    @PreAuthorize(Roles.STAFF)
    String editContractPeriod(
            @PathVariable long contractId, @PathVariable long periodId, CurrentUser user, Model model) {
        writable(user, contractId);
        AlternancePeriod period = ofContract(contractId, periodId);
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", PeriodForm.of(period));
        }
        return contractPage(contractId, period, user, model);
    }

    @PostMapping("/calendar/contracts/{contractId}/periods/{periodId}")
    @PreAuthorize(Roles.STAFF)
    String updateContractPeriod(
            @PathVariable long contractId,
            @PathVariable long periodId,
            CurrentUser user,
            @Valid @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        writable(user, contractId);
        AlternancePeriod period = ofContract(contractId, periodId);
        if (!result.hasErrors()) {
            try {
                calendars.updatePeriod(period.id(), form.toCommand());
                redirect.addFlashAttribute("updated", true);
                return "redirect:/calendar/contracts/" + contractId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return contractPage(contractId, period, user, model);
    }

    private String contractPage(long contractId, @Nullable AlternancePeriod editing, CurrentUser user, Model model) {
        ContractInfo contract = readable(user, contractId);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", PeriodForm.empty());
        }
        List<AlternancePeriod> merged = calendars.contractCalendar(contractId);
        List<AlternancePeriod> own =
                merged.stream().filter(period -> period.contractId() != null).toList();
        String apprentice = referential
                .apprentice(contract.apprenticeId())
                .map(found -> found.fullName())
                .orElse("");
        String employer = referential
                .employer(contract.employerId())
                .map(found -> found.name())
                .orElse("");
        model.addAttribute("title", apprentice);
        model.addAttribute("subtitle", employer);
        model.addAttribute("months", MonthGrid.of(merged, LocalDate.now(clock), MONTHS_SHOWN));
        model.addAttribute("periods", own);
        model.addAttribute(
                "editable",
                user.role().isStaff() && access.canWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL));
        model.addAttribute("base", "/calendar/contracts/" + contractId);
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("cohortView", false);
        model.addAttribute("bookletLink", "/booklet/contracts/" + contractId);
        return "calendar/calendar";
    }

    @PostMapping("/calendar/contracts/{contractId}/periods")
    @PreAuthorize(Roles.STAFF)
    String addContractPeriod(
            @PathVariable long contractId,
            CurrentUser user,
            @Valid @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        writable(user, contractId);
        if (!result.hasErrors()) {
            try {
                calendars.addContractPeriod(contractId, form.toCommand());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/calendar/contracts/" + contractId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return contractPage(contractId, null, user, model);
    }

    @PostMapping("/calendar/contracts/{contractId}/periods/{periodId}/delete")
    @PreAuthorize(Roles.STAFF)
    String removeContractPeriod(
            @PathVariable long contractId, @PathVariable long periodId, CurrentUser user, RedirectAttributes redirect) {
        writable(user, contractId);
        AlternancePeriod period = ofContract(contractId, periodId);
        calendars.removePeriod(period.id());
        redirect.addFlashAttribute("removed", true);
        return "redirect:/calendar/contracts/" + contractId;
    }

    private ContractInfo readable(CurrentUser user, long contractId) {
        ContractInfo contract =
                contracts.contract(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.requireRead(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        return contract;
    }

    private ContractInfo writable(CurrentUser user, long contractId) {
        ContractInfo contract =
                contracts.contract(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.requireWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("Le calendrier est modifié par le CFA");
        }
        return contract;
    }

    private static boolean mayEditCohorts(CurrentUser user) {
        return switch (user.role()) {
            case CFA_DIRECTOR, NETWORK_ADMIN, SECRETARIAT, DEPUTY_PEDAGOGY, PROGRAMME_LEAD -> true;
            default -> false;
        };
    }

    @Bean
    static NavigationEntry calendarNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "nav.calendar",
                "/calendar",
                "calendar3",
                30,
                Set.of(
                        "CFA_DIRECTOR",
                        "NETWORK_ADMIN",
                        "PLACEMENT_ADVISOR",
                        "DEPUTY_PEDAGOGY",
                        "DEPUTY_SOCIAL",
                        "TUTOR",
                        "SECRETARIAT",
                        "DISABILITY_REFERENT",
                        "MOBILITY_REFERENT",
                        "QUALITY_MANAGER",
                        "PROGRAMME_LEAD",
                        "MENTOR",
                        "APPRENTICE",
                        "LEGAL_REPRESENTATIVE"));
    }
}
