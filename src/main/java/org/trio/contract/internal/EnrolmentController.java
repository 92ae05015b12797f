package org.trio.contract.internal;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.NewEnrolment;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.referential.StaffFunction;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** Enrols an apprentice from their file; records an exclusion or abandon, and the diploma result. */
@Controller
@PreAuthorize(ContractRoles.RECORD)
class EnrolmentController {

    private final EnrolmentService enrolments;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;
    private final Clock clock;

    EnrolmentController(
            EnrolmentService enrolments, ReferentialManagement referential, AccessPolicy policy, Clock clock) {
        this.enrolments = enrolments;
        this.referential = referential;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/apprentices/{apprenticeId}/enrolments/new")
    String newEnrolment(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        policy.requireWrite(user, apprenticeId, DataCategory.PEDAGOGICAL);
        ApprenticeInfo apprentice = apprentice(apprenticeId);
        LocalDate today = LocalDate.now(clock);
        SchoolYear year = SchoolYear.of(today);
        EnrolmentForm form = new EnrolmentForm(
                null,
                null,
                apprentice.cfaId(),
                apprentice.siteId(),
                year.startYear(),
                1,
                today,
                LocalDate.of(year.startYear(), 9, 1),
                LocalDate.of(year.startYear() + 2, 6, 30),
                24,
                false,
                null,
                null,
                null,
                null,
                null);
        return form(model, apprentice, form);
    }

    @PostMapping("/apprentices/{apprenticeId}/enrolments/new")
    String enrol(
            CurrentUser user,
            @PathVariable long apprenticeId,
            @Valid @ModelAttribute("enrolmentForm") EnrolmentForm form,
            BindingResult result,
            Model model) {
        policy.requireWrite(user, apprenticeId, DataCategory.PEDAGOGICAL);
        ApprenticeInfo apprentice = apprentice(apprenticeId);
        if (!result.hasErrors()) {
            try {
                enrolments.enrol(new NewEnrolment(
                        apprenticeId,
                        form.programmeId(),
                        form.cohortId(),
                        form.cfaId(),
                        form.siteId(),
                        form.schoolYear(),
                        form.programmeYear(),
                        form.registrationDate(),
                        form.trainingStart(),
                        form.trainingEnd(),
                        form.theoreticalDurationMonths(),
                        form.distanceLearning(),
                        form.tutorStaffId(),
                        form.previousSituation(),
                        form.previousUai(),
                        form.situationBeforeContract(),
                        form.highestDiplomaHeld(),
                        null));
                return "redirect:/apprentices/" + apprenticeId + "/training";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, apprentice, form);
    }

    private String form(Model model, ApprenticeInfo apprentice, EnrolmentForm form) {
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("enrolmentForm", form);
        model.addAttribute("programmes", referential.programmesOfNetwork(apprentice.networkId()));
        model.addAttribute("cfas", referential.cfasOfNetwork(apprentice.networkId()));
        List<SiteInfo> sites = new ArrayList<>();
        referential
                .cfasOfNetwork(apprentice.networkId())
                .forEach(cfa -> sites.addAll(referential.sitesOfCfa(cfa.id())));
        model.addAttribute("sites", sites);
        List<CohortInfo> cohorts = new ArrayList<>();
        int year =
                form.schoolYear() == null ? SchoolYear.of(LocalDate.now(clock)).startYear() : form.schoolYear();
        sites.stream()
                .filter(site -> site.cfaId() == apprentice.cfaId())
                .forEach(site -> cohorts.addAll(referential.cohortsOfSite(site.id(), year)));
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("trainers", referential.staffOfCfa(apprentice.cfaId(), StaffFunction.TRAINER));
        return "contract/enrolment-form";
    }

    @GetMapping("/enrolments/{enrolmentId}/closure")
    String closure(CurrentUser user, @PathVariable long enrolmentId, Model model) {
        EnrolmentInfo enrolment = enrolment(enrolmentId);
        policy.requireWrite(user, enrolment.apprenticeId(), DataCategory.PEDAGOGICAL);
        return closurePage(
                model,
                enrolment,
                new ExclusionForm(enrolment.exclusionDate(), enrolment.exclusionCause()),
                new DiplomaForm(enrolment.diplomaObtained(), enrolment.diplomaDate()));
    }

    @PostMapping("/enrolments/{enrolmentId}/exclusion")
    String exclude(
            CurrentUser user,
            @PathVariable long enrolmentId,
            @Valid @ModelAttribute("exclusionForm") ExclusionForm form,
            BindingResult result,
            Model model) {
        EnrolmentInfo enrolment = enrolment(enrolmentId);
        policy.requireWrite(user, enrolment.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                enrolments.exclude(enrolmentId, form.exclusionDate(), form.exclusionCause());
                return "redirect:/apprentices/" + enrolment.apprenticeId() + "/training";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return closurePage(
                model, enrolment, form, new DiplomaForm(enrolment.diplomaObtained(), enrolment.diplomaDate()));
    }

    @PostMapping("/enrolments/{enrolmentId}/diploma")
    String diploma(
            CurrentUser user,
            @PathVariable long enrolmentId,
            @Valid @ModelAttribute("diplomaForm") DiplomaForm form,
            BindingResult result,
            Model model) {
        EnrolmentInfo enrolment = enrolment(enrolmentId);
        policy.requireWrite(user, enrolment.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                enrolments.recordDiploma(enrolmentId, form.diplomaObtained(), form.diplomaDate());
                return "redirect:/apprentices/" + enrolment.apprenticeId() + "/training";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return closurePage(
                model, enrolment, new ExclusionForm(enrolment.exclusionDate(), enrolment.exclusionCause()), form);
    }

    private String closurePage(Model model, EnrolmentInfo enrolment, ExclusionForm exclusion, DiplomaForm diploma) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("apprentice", apprentice(enrolment.apprenticeId()));
        model.addAttribute(
                "programme",
                referential
                        .programme(enrolment.programmeId())
                        .map(p -> p.label())
                        .orElse(""));
        if (!model.containsAttribute("exclusionForm")) {
            model.addAttribute("exclusionForm", exclusion);
        }
        if (!model.containsAttribute("diplomaForm")) {
            model.addAttribute("diplomaForm", diploma);
        }
        return "contract/enrolment-closure";
    }

    private EnrolmentInfo enrolment(long enrolmentId) {
        return enrolments
                .enrolment(enrolmentId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private ApprenticeInfo apprentice(long apprenticeId) {
        return referential
                .apprentice(apprenticeId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
