package org.trio.contract.internal;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/** Records the rupture of a contract; the form is checked as it is typed (legal mode, delays, motives). */
@Controller
@PreAuthorize(ContractRoles.RECORD)
class RuptureController {

    private final RuptureService ruptures;
    private final RuptureRules rules;
    private final Contracts contracts;
    private final Enrolments enrolments;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;

    RuptureController(
            RuptureService ruptures,
            RuptureRules rules,
            Contracts contracts,
            Enrolments enrolments,
            ReferentialManagement referential,
            AccessPolicy policy) {
        this.ruptures = ruptures;
        this.rules = rules;
        this.contracts = contracts;
        this.enrolments = enrolments;
        this.referential = referential;
        this.policy = policy;
    }

    @GetMapping("/contracts/{contractId}/rupture")
    String form(CurrentUser user, @PathVariable long contractId, Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        return page(model, contract, RuptureForm.empty());
    }

    @PostMapping("/contracts/{contractId}/rupture")
    String record(
            CurrentUser user,
            @PathVariable long contractId,
            @Valid @ModelAttribute("ruptureForm") RuptureForm form,
            BindingResult result,
            Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                ruptures.record(contractId, form);
                return "redirect:/contracts/" + contractId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, contract, form);
    }

    @PostMapping("/contracts/{contractId}/rupture/check")
    String check(
            CurrentUser user,
            @PathVariable long contractId,
            @ModelAttribute("ruptureForm") RuptureForm form,
            BindingResult binding,
            Model model) {
        Contract contract = find(contractId);
        policy.requireWrite(user, contract.apprenticeId, DataCategory.PEDAGOGICAL);
        model.addAttribute("checkResult", ruptures.check(contractId, form));
        model.addAttribute("bindingErrors", binding.getFieldErrors());
        addFacts(model, contract, form);
        return "contract/rupture-form :: checks";
    }

    private String page(Model model, Contract contract, RuptureForm form) {
        Enrolment enrolment = enrolments.findById(contract.enrolmentId).orElseThrow();
        ApprenticeInfo apprentice =
                referential.apprentice(contract.apprenticeId).orElseThrow();
        model.addAttribute("contract", contract);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("ruptureForm", form);
        model.addAttribute("initiatives", RuptureInitiative.values());
        model.addAttribute("modes", RuptureLegalMode.values());
        model.addAttribute("closureReasons", RuptureService.CLOSURE_REASONS);
        java.time.LocalDate day = form.ruptureDate() == null ? contract.startDate : form.ruptureDate();
        model.addAttribute("expressedMotives", rules.motives("EXPRESSED", enrolment.cfaId, day));
        model.addAttribute("validatedMotives", rules.motives("VALIDATED", enrolment.cfaId, day));
        model.addAttribute("representatives", referential.legalRepresentatives(contract.apprenticeId));
        model.addAttribute("checkResult", null);
        addFacts(model, contract, form);
        return "contract/rupture-form";
    }

    private void addFacts(Model model, Contract contract, RuptureForm form) {
        if (form.ruptureDate() != null
                && !form.ruptureDate().isBefore(contract.startDate)
                && !form.ruptureDate().isAfter(contract.endDate)) {
            model.addAttribute("period", AnalysisPeriod.of(contract.startDate, contract.endDate, form.ruptureDate()));
            model.addAttribute("companyDays", ruptures.companyDays(contract, form.ruptureDate()));
            model.addAttribute("continuationEnd", Continuation.endOf(form.ruptureDate()));
            model.addAttribute(
                    "minor",
                    referential
                            .apprentice(contract.apprenticeId)
                            .map(a -> a.isMinorOn(form.ruptureDate()))
                            .orElse(false));
        }
    }

    private Contract find(long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
