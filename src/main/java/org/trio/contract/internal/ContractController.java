package org.trio.contract.internal;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.util.List;
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
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;
import org.trio.contract.EnrolmentInfo;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/**
 * Contract pages: record a contract on an enrolment (the form is checked as it is typed, through htmx), see it with
 * its pay schedule and amendments, change it, record an amendment.
 */
@Controller
class ContractController {

    private final ContractService contracts;
    private final Contracts repository;
    private final EnrolmentService enrolments;
    private final ContractView view;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;

    ContractController(
            ContractService contracts,
            Contracts repository,
            EnrolmentService enrolments,
            ContractView view,
            ReferentialManagement referential,
            AccessPolicy policy) {
        this.contracts = contracts;
        this.repository = repository;
        this.enrolments = enrolments;
        this.view = view;
        this.referential = referential;
        this.policy = policy;
    }

    @GetMapping("/enrolments/{enrolmentId}/contracts/new")
    @PreAuthorize(ContractRoles.RECORD)
    String newContract(CurrentUser user, @PathVariable long enrolmentId, Model model) {
        EnrolmentInfo enrolment = enrolment(enrolmentId);
        policy.requireWrite(user, enrolment.apprenticeId(), DataCategory.PEDAGOGICAL);
        return form(model, enrolment, null, ContractForm.empty(), null);
    }

    @PostMapping("/enrolments/{enrolmentId}/contracts/new")
    @PreAuthorize(ContractRoles.RECORD)
    String record(
            CurrentUser user,
            @PathVariable long enrolmentId,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result,
            Model model) {
        EnrolmentInfo enrolment = enrolment(enrolmentId);
        policy.requireWrite(user, enrolment.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                long id = contracts.record(enrolmentId, form);
                return "redirect:/contracts/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, enrolment, null, form, null);
    }

    /** The live check of the form: problems and warnings, the employer's maîtres and the pay schedule. */
    @PostMapping("/enrolments/{enrolmentId}/contracts/check")
    @PreAuthorize(ContractRoles.RECORD)
    String check(
            CurrentUser user,
            @PathVariable long enrolmentId,
            @RequestParam(required = false) Long contractId,
            @ModelAttribute("contractForm") ContractForm form,
            BindingResult binding,
            Model model) {
        EnrolmentInfo enrolment = enrolment(enrolmentId);
        policy.requireWrite(user, enrolment.apprenticeId(), DataCategory.PEDAGOGICAL);
        model.addAttribute("checkResult", contracts.check(enrolmentId, contractId, form));
        model.addAttribute("bindingErrors", binding.getFieldErrors());
        addEmployer(model, form);
        addPay(model, enrolment, form);
        return "contract/contract-form :: checks";
    }

    @GetMapping("/contracts/{contractId}")
    @PreAuthorize(Roles.APPRENTICE_FILE)
    String contract(CurrentUser user, @PathVariable long contractId, Model model) {
        Contract contract = find(contractId);
        policy.requireRead(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        EnrolmentInfo enrolment = enrolment(contract.enrolmentId);
        ApprenticeInfo apprentice =
                referential.apprentice(contract.apprenticeId).orElseThrow();
        model.addAttribute("contract", contract);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute(
                "programme",
                referential
                        .programme(enrolment.programmeId())
                        .map(p -> p.label())
                        .orElse(""));
        model.addAttribute("employer", referential.employer(contract.employerId).orElse(null));
        model.addAttribute("mentor1", view.mentorName(contract.mentor1Id));
        model.addAttribute("mentor2", contract.mentor2Id == null ? null : view.mentorName(contract.mentor2Id));
        model.addAttribute(
                "pay", view.pay(apprentice.birthDate(), contract.startDate, contract.endDate, contract.weeklyHours));
        model.addAttribute("amendments", view.amendments(contractId));
        model.addAttribute("rupture", view.rupture(contractId).orElse(null));
        model.addAttribute(
                "canRecord", policy.canWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL) && recorder(user));
        return "contract/contract";
    }

    @GetMapping("/contracts/{contractId}/edit")
    @PreAuthorize(ContractRoles.RECORD)
    String edit(CurrentUser user, @PathVariable long contractId, Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        String siret = referential
                .employer(contract.employerId)
                .map(EmployerInfo::siret)
                .orElse(null);
        ContractForm form = new ContractForm(
                siret,
                contract.mentor1Id,
                contract.mentor2Id,
                contract.contractType,
                contract.derogation,
                contract.contractMode,
                contract.conclusionDate,
                contract.startDate,
                contract.practicalTrainingStart,
                contract.endDate,
                contract.weeklyHours,
                contract.comment);
        return form(model, enrolment(contract.enrolmentId), contract, form, contract.version);
    }

    @PostMapping("/contracts/{contractId}/edit")
    @PreAuthorize(ContractRoles.RECORD)
    String update(
            CurrentUser user,
            @PathVariable long contractId,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result,
            Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                contracts.update(contractId, version == null ? contract.version : version, form);
                return "redirect:/contracts/" + contractId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, enrolment(contract.enrolmentId), contract, form, version);
    }

    @GetMapping("/contracts/{contractId}/amendments/new")
    @PreAuthorize(ContractRoles.RECORD)
    String newAmendment(CurrentUser user, @PathVariable long contractId, Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        return amendmentForm(
                model,
                contract,
                new AmendmentForm(
                        "36",
                        null,
                        null,
                        contract.endDate,
                        contract.mentor1Id,
                        contract.mentor2Id,
                        contract.weeklyHours,
                        null));
    }

    @PostMapping("/contracts/{contractId}/amendments/new")
    @PreAuthorize(ContractRoles.RECORD)
    String amend(
            CurrentUser user,
            @PathVariable long contractId,
            @Valid @ModelAttribute("amendmentForm") AmendmentForm form,
            BindingResult result,
            Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                contracts.amend(contractId, form);
                return "redirect:/contracts/" + contractId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            }
        }
        return amendmentForm(model, contract, form);
    }

    private String amendmentForm(Model model, Contract contract, AmendmentForm form) {
        model.addAttribute("contract", contract);
        model.addAttribute("amendmentForm", form);
        model.addAttribute("mentors", referential.mentorsOfEmployer(contract.employerId));
        model.addAttribute(
                "apprentice", referential.apprentice(contract.apprenticeId).orElseThrow());
        return "contract/amendment-form";
    }

    private String form(Model model, EnrolmentInfo enrolment, Contract contract, ContractForm form, Long version) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute(
                "apprentice", referential.apprentice(enrolment.apprenticeId()).orElseThrow());
        model.addAttribute(
                "programme",
                referential
                        .programme(enrolment.programmeId())
                        .map(p -> p.label())
                        .orElse(""));
        model.addAttribute("contractForm", form);
        model.addAttribute("contract", contract);
        model.addAttribute("version", version);
        model.addAttribute("checkResult", null);
        addEmployer(model, form);
        addPay(model, enrolment, form);
        return "contract/contract-form";
    }

    private void addEmployer(Model model, ContractForm form) {
        EmployerInfo employer =
                form.employerSiret() == null || form.employerSiret().isBlank()
                        ? null
                        : referential
                                .employerBySiret(form.employerSiret().replaceAll("\\s", ""))
                                .orElse(null);
        List<MentorInfo> mentors = employer == null ? List.of() : referential.mentorsOfEmployer(employer.id());
        model.addAttribute("employer", employer);
        model.addAttribute("mentors", mentors);
    }

    private void addPay(Model model, EnrolmentInfo enrolment, ContractForm form) {
        ApprenticeInfo apprentice =
                referential.apprentice(enrolment.apprenticeId()).orElseThrow();
        model.addAttribute(
                "pay", view.pay(apprentice.birthDate(), form.startDate(), form.endDate(), form.weeklyHours()));
    }

    private static boolean recorder(CurrentUser user) {
        return user.is(org.trio.access.Role.CFA_DIRECTOR)
                || user.is(org.trio.access.Role.PLACEMENT_ADVISOR)
                || user.is(org.trio.access.Role.SECRETARIAT);
    }

    private Contract find(long contractId) {
        return repository.findById(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private EnrolmentInfo enrolment(long enrolmentId) {
        return enrolments.enrolment(enrolmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
