package org.trio.contract.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.CompanyDaysCalendar;
import org.trio.contract.ContractTerminated;
import org.trio.contract.RuptureLegalMode;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.shared.SchoolYear;

/**
 * Records ruptures: checks the legal mode (trial period from the alternance calendar or an estimate, médiateur delays,
 * diploma notice, a minor's co-signature), the motives, classifies the analysis period, attributes the rupture to the
 * school year's enrolment, opens the six months as stagiaire, recomputes statuses and publishes
 * {@link ContractTerminated}.
 */
@Service
@Transactional
class RuptureService {

    static final List<String> CLOSURE_REASONS =
            List.of("DATA_CORRECTION", "TRANSFER_WITHIN_NETWORK", "REPLACED_BY_AMENDMENT");

    /** Days of practical training in the company before the rupture, and whether they were estimated. */
    record CompanyDays(int days, boolean estimated) {}

    private final Contracts contracts;
    private final Enrolments enrolments;
    private final Ruptures ruptures;
    private final Continuations continuations;
    private final RuptureRules rules;
    private final ReferentialManagement referential;
    private final List<CompanyDaysCalendar> calendars;
    private final StatusRecorder statuses;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuptureService(
            Contracts contracts,
            Enrolments enrolments,
            Ruptures ruptures,
            Continuations continuations,
            RuptureRules rules,
            ReferentialManagement referential,
            List<CompanyDaysCalendar> calendars,
            StatusRecorder statuses,
            JdbcClient jdbc,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.enrolments = enrolments;
        this.ruptures = ruptures;
        this.continuations = continuations;
        this.rules = rules;
        this.referential = referential;
        this.calendars = calendars;
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CheckResult check(long contractId, RuptureForm form) {
        Contract contract =
                contracts.findById(contractId).orElseThrow(() -> InvalidInputException.of(null, "record.unknown"));
        return check(contract, form);
    }

    /** The company days before a rupture on that day: from the calendar when known, otherwise estimated. */
    @Transactional(readOnly = true)
    CompanyDays companyDays(Contract contract, LocalDate rupture) {
        LocalDate last = rupture.minusDays(1);
        for (CompanyDaysCalendar calendar : calendars) {
            OptionalInt days =
                    calendar.companyDays(contract.apprenticeId, contract.id, contract.practicalTrainingStart, last);
            if (days.isPresent()) {
                return new CompanyDays(days.getAsInt(), false);
            }
        }
        Enrolment enrolment = enrolments.findById(contract.enrolmentId).orElseThrow();
        String type = referential
                .programme(enrolment.programmeId)
                .map(programme -> programme.diplomaType().name())
                .orElse("DEFAULT");
        return new CompanyDays(
                CompanyDaysEstimate.estimate(contract.practicalTrainingStart, last, rules.companyShare(type)), true);
    }

    long record(long contractId, RuptureForm form) {
        Set<ConstraintViolation<RuptureForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Contract contract =
                contracts.findById(contractId).orElseThrow(() -> InvalidInputException.of(null, "record.unknown"));
        CheckResult result = check(contract, form);
        if (!result.ok()) {
            throw new InvalidInputException(result.problems());
        }
        contract.terminate(form.ruptureDate());
        Enrolment enrolment = attributedEnrolment(contract, form.ruptureDate());
        Rupture rupture =
                new Rupture(contract, enrolment.id, enrolment.schoolYear, form.ruptureDate(), clock.instant());
        rupture.initiative = form.initiative();
        rupture.legalMode = form.legalMode();
        CompanyDays days = companyDays(contract, form.ruptureDate());
        rupture.companyDays = days.days();
        rupture.companyDaysEstimated = days.estimated();
        rupture.mediatorContactDate = form.mediatorContactDate();
        rupture.employerInformedDate = form.employerInformedDate();
        rupture.representativeSigned = form.representativeSigned();
        rupture.representativeId = form.representativeId();
        rupture.expressedMotiveId = form.expressedMotiveId();
        rupture.validatedMotiveId = form.validatedMotiveId();
        rupture.closureReason = ContractService.blankToNull(form.closureReason());
        rupture.comment = ContractService.blankToNull(form.comment());
        ruptures.save(rupture);
        LocalDate continuationEnd = null;
        if (form.continuesTraining() && rupture.closureReason == null) {
            Continuation continuation = new Continuation(rupture, enrolment, contract.employerId, clock.instant());
            continuations.save(continuation);
            continuationEnd = continuation.endDate;
        }
        contracts.flush();
        statuses.recomputeApprentice(contract.apprenticeId);
        events.publishEvent(new ContractTerminated(
                contract.id,
                contract.apprenticeId,
                enrolment.id,
                contract.employerId,
                rupture.ruptureDate,
                rupture.initiative,
                rupture.legalMode,
                rules.motiveLabel(rupture.expressedMotiveId).orElse(null),
                rules.motiveLabel(rupture.validatedMotiveId).orElse(null),
                rupture.analysisPeriod,
                rules.isNet(rupture.closureReason, rupture.ruptureDate),
                continuationEnd));
        return rupture.id;
    }

    private CheckResult check(Contract contract, RuptureForm form) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        if (contract.ruptureDate != null) {
            problems.add(Problem.of("ruptureDate", "rupture.already"));
        }
        if (form.ruptureDate() == null) {
            return new CheckResult(problems, warnings);
        }
        ApprenticeInfo apprentice =
                referential.apprentice(contract.apprenticeId).orElseThrow();
        boolean minor = apprentice.isMinorOn(form.ruptureDate());
        Integer days = null;
        boolean estimated = false;
        if (form.legalMode() == RuptureLegalMode.TRIAL_PERIOD
                && !form.ruptureDate().isBefore(contract.startDate)) {
            CompanyDays companyDays = companyDays(contract, form.ruptureDate());
            days = companyDays.days();
            estimated = companyDays.estimated();
        }
        RuptureChecks.Outcome outcome = RuptureChecks.check(new RuptureChecks.Facts(
                contract.startDate,
                contract.endDate,
                form.ruptureDate(),
                form.initiative(),
                form.legalMode(),
                days,
                estimated,
                form.mediatorContactDate(),
                form.employerInformedDate(),
                minor,
                form.representativeSigned()));
        problems.addAll(outcome.problems());
        warnings.addAll(outcome.warnings());
        if (minor
                && form.representativeSigned()
                && form.representativeId() != null
                && referential.legalRepresentatives(contract.apprenticeId).stream()
                        .noneMatch(representative -> representative.id() == form.representativeId())) {
            problems.add(Problem.of("representativeId", "rupture.representative.other"));
        }
        String closure = ContractService.blankToNull(form.closureReason());
        if (closure != null && !CLOSURE_REASONS.contains(closure)) {
            problems.add(Problem.of("closureReason", "code.invalid"));
        }
        Enrolment enrolment = enrolments.findById(contract.enrolmentId).orElseThrow();
        checkMotive("EXPRESSED", "expressedMotiveId", form.expressedMotiveId(), enrolment, form, closure, problems);
        checkMotive("VALIDATED", "validatedMotiveId", form.validatedMotiveId(), enrolment, form, closure, problems);
        if (days != null && estimated) {
            warnings.add(Problem.of("legalMode", "rupture.trial.estimated", days));
        }
        return new CheckResult(problems, warnings);
    }

    private void checkMotive(
            String kind,
            String field,
            Long motiveId,
            Enrolment enrolment,
            RuptureForm form,
            String closure,
            List<Problem> problems) {
        if (motiveId == null) {
            if (closure == null) {
                problems.add(Problem.of(field, "rupture.motive.required"));
            }
            return;
        }
        boolean allowed = rules.motives(kind, enrolment.cfaId, form.ruptureDate()).stream()
                .anyMatch(motive -> motive.id() == motiveId);
        if (!allowed) {
            problems.add(Problem.of(field, "rupture.motive.unknown"));
        }
    }

    /**
     * The enrolment a rupture belongs to in the analysis: the enrolment of the same path whose school year contains the
     * rupture date, else the latest one before it (a final-year apprentice broken in August after the session), else
     * the contract's.
     */
    private Enrolment attributedEnrolment(Contract contract, LocalDate rupture) {
        Enrolment own = enrolments.findById(contract.enrolmentId).orElseThrow();
        int year = SchoolYear.of(rupture).startYear();
        Long id = jdbc.sql("""
                        select id from contract.enrolment
                         where apprentice_id = :apprentice and programme_id = :programme and school_year <= :year
                           and training_start <= :end and training_end >= :start
                         order by school_year desc limit 1""")
                .param("apprentice", own.apprenticeId)
                .param("programme", own.programmeId)
                .param("year", year)
                .param("start", own.trainingStart)
                .param("end", own.trainingEnd)
                .query(Long.class)
                .optional()
                .orElse(own.id);
        return enrolments.findById(id).orElseThrow();
    }
}
