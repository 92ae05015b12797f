package org.trio.contract.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.ContractAmended;
import org.trio.contract.ContractSigned;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * Records contracts and amendments: checks the CERFA controls and the maîtres, saves, publishes {@link ContractSigned}
 * or {@link ContractAmended}, recomputes the apprentice's statuses and closes a pending six-month continuation with the
 * new contract. Nothing is saved when a check fails.
 */
@Service
@Transactional
class ContractService {

    private final Enrolments enrolments;
    private final Contracts contracts;
    private final Amendments amendments;
    private final Continuations continuations;
    private final ReferentialManagement referential;
    private final StatusRecorder statuses;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractService(
            Enrolments enrolments,
            Contracts contracts,
            Amendments amendments,
            Continuations continuations,
            ReferentialManagement referential,
            StatusRecorder statuses,
            JdbcClient jdbc,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.amendments = amendments;
        this.continuations = continuations;
        this.referential = referential;
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a contract form without saving it (the page shows the result while it is being typed). */
    @Transactional(readOnly = true)
    CheckResult check(long enrolmentId, Long contractId, ContractForm form) {
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(() -> notFound("enrolmentId"));
        return check(enrolment, contractId, form);
    }

    long record(long enrolmentId, ContractForm form) {
        validate(form);
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(() -> notFound("enrolmentId"));
        CheckResult result = check(enrolment, null, form);
        if (!result.ok()) {
            throw new InvalidInputException(result.problems());
        }
        Contract contract = new Contract(enrolment.id, enrolment.apprenticeId, clock.instant());
        apply(contract, form);
        contract.originalEndDate = form.endDate();
        contracts.save(contract);
        events.publishEvent(new ContractSigned(
                contract.id,
                contract.apprenticeId,
                contract.enrolmentId,
                contract.employerId,
                contract.mentor1Id,
                contract.conclusionDate,
                contract.startDate,
                contract.endDate));
        continuations.findByApprenticeIdAndOutcomeIsNull(contract.apprenticeId).stream()
                .filter(continuation -> !continuation.startDate.isAfter(contract.startDate))
                .forEach(continuation ->
                        continuation.conclude(Continuation.Outcome.NEW_CONTRACT, contract.startDate, contract.id));
        statuses.recomputeApprentice(contract.apprenticeId);
        return contract.id;
    }

    void update(long contractId, long version, ContractForm form) {
        validate(form);
        Contract contract = contracts.findById(contractId).orElseThrow(() -> notFound("contractId"));
        if (contract.version != version) {
            throw new ObjectOptimisticLockingFailureException(Contract.class, contractId);
        }
        Enrolment enrolment = enrolments.findById(contract.enrolmentId).orElseThrow();
        CheckResult result = check(enrolment, contractId, form);
        if (!result.ok()) {
            throw new InvalidInputException(result.problems());
        }
        if (contract.ruptureDate != null && form.endDate().isBefore(contract.ruptureDate)) {
            throw InvalidInputException.of("endDate", "contract.end.before-rupture");
        }
        apply(contract, form);
        contracts.flush();
        statuses.recomputeApprentice(contract.apprenticeId);
    }

    long amend(long contractId, AmendmentForm form) {
        validate(form);
        Contract contract = contracts.findById(contractId).orElseThrow(() -> notFound("contractId"));
        List<Problem> problems = new ArrayList<>();
        if (!CodeLists.isValid("amendmentType", form.amendmentType())) {
            problems.add(Problem.of("amendmentType", "code.invalid"));
        }
        if (form.effectiveDate().isBefore(contract.startDate)
                || form.effectiveDate().isAfter(contract.endDate)) {
            problems.add(Problem.of("effectiveDate", "amendment.effective.outside"));
        }
        boolean extension =
                form.amendmentType().equals("33") || form.amendmentType().equals("34");
        if (extension && !form.newEndDate().isAfter(contract.endDate)) {
            problems.add(Problem.of("newEndDate", "amendment.extension.not-later"));
        }
        if (form.newEndDate().isBefore(form.effectiveDate())) {
            problems.add(Problem.of("newEndDate", "amendment.end.before-effect"));
        }
        if (form.newEndDate().plusDays(1).isAfter(contract.startDate.plus(ContractChecks.MAX_DURATION))) {
            problems.add(Problem.of("newEndDate", "contract.duration.long"));
        }
        Enrolment enrolment = enrolments.findById(contract.enrolmentId).orElseThrow();
        checkMentors(
                enrolment,
                contract.employerId,
                form.mentor1Id(),
                form.mentor2Id(),
                form.effectiveDate(),
                contractId,
                problems,
                new ArrayList<>());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Amendment amendment = new Amendment(
                contract, form.amendmentType(), form.conclusionDate(), form.effectiveDate(), clock.instant());
        contract.amend(form.newEndDate(), form.mentor1Id(), form.mentor2Id(), form.weeklyHours());
        amendment.newEndDate = contract.endDate;
        amendment.newMentor1Id = contract.mentor1Id;
        amendment.newMentor2Id = contract.mentor2Id;
        amendment.newWeeklyHours = contract.weeklyHours;
        amendment.note = blankToNull(form.note());
        amendments.save(amendment);
        contracts.flush();
        events.publishEvent(new ContractAmended(
                contract.id,
                amendment.id,
                contract.apprenticeId,
                amendment.amendmentType,
                amendment.effectiveDate,
                contract.endDate,
                contract.mentor1Id));
        statuses.recomputeApprentice(contract.apprenticeId);
        return amendment.id;
    }

    private CheckResult check(Enrolment enrolment, Long contractId, ContractForm form) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        codes(form, problems);
        EmployerInfo employer =
                form.employerSiret() == null || form.employerSiret().isBlank()
                        ? null
                        : referential
                                .employerBySiret(form.employerSiret().replaceAll("\\s", ""))
                                .orElse(null);
        if (employer == null
                && form.employerSiret() != null
                && !form.employerSiret().isBlank()) {
            problems.add(Problem.of("employerSiret", "contract.employer.unknown"));
        }
        ApprenticeInfo apprentice =
                referential.apprentice(enrolment.apprenticeId).orElseThrow();
        MentorInfo mentor1 = form.mentor1Id() == null
                ? null
                : referential.mentor(form.mentor1Id()).orElse(null);
        MentorInfo mentor2 = form.mentor2Id() == null
                ? null
                : referential.mentor(form.mentor2Id()).orElse(null);
        problems.addAll(ContractChecks.check(new ContractChecks.Facts(
                form.conclusionDate(),
                form.startDate(),
                form.practicalTrainingStart(),
                form.endDate(),
                enrolment.trainingStart,
                enrolment.trainingEnd,
                apprentice.birthDate(),
                enrolment.previousSituation != null
                        && CodeLists.COLLEGE_COMPLETED.contains(enrolment.previousSituation),
                form.derogation(),
                mentor1 == null ? null : mentor1.birthDate(),
                mentor2 == null ? null : mentor2.birthDate(),
                "23".equals(form.contractType()))));
        if (employer != null && form.startDate() != null) {
            checkMentors(
                    enrolment,
                    employer.id(),
                    form.mentor1Id(),
                    form.mentor2Id(),
                    form.startDate(),
                    contractId,
                    problems,
                    warnings);
        }
        if (form.startDate() != null
                && form.endDate() != null
                && !form.endDate().isBefore(form.startDate())) {
            Long overlapping = jdbc.sql("""
                            select count(*) from contract.apprenticeship_contract
                             where apprentice_id = :apprentice and id <> :self and start_date <= :end
                               and coalesce(rupture_date - 1, end_date) >= :start""")
                    .param("apprentice", enrolment.apprenticeId)
                    .param("self", contractId == null ? -1L : contractId)
                    .param("start", form.startDate())
                    .param("end", form.endDate())
                    .query(Long.class)
                    .single();
            if (overlapping > 0) {
                problems.add(Problem.of("startDate", "contract.overlap"));
            }
        }
        typeWarnings(enrolment.apprenticeId, contractId, form, warnings);
        return new CheckResult(problems, warnings);
    }

    private void checkMentors(
            Enrolment enrolment,
            long employerId,
            Long mentor1Id,
            Long mentor2Id,
            LocalDate day,
            Long contractId,
            List<Problem> problems,
            List<Problem> warnings) {
        ProgrammeInfo programme = referential.programme(enrolment.programmeId).orElseThrow();
        if (mentor2Id != null && mentor2Id.equals(mentor1Id)) {
            problems.add(Problem.of("mentor2Id", "contract.mentor.same"));
        }
        checkMentor("mentor1Id", mentor1Id, employerId, programme, day, contractId, problems, warnings);
        checkMentor("mentor2Id", mentor2Id, employerId, programme, day, contractId, problems, warnings);
    }

    private void checkMentor(
            String field,
            Long mentorId,
            long employerId,
            ProgrammeInfo programme,
            LocalDate day,
            Long contractId,
            List<Problem> problems,
            List<Problem> warnings) {
        if (mentorId == null) {
            return;
        }
        Optional<MentorInfo> mentor = referential.mentor(mentorId);
        if (mentor.isEmpty() || mentor.get().employerId() != employerId) {
            problems.add(Problem.of(field, "contract.mentor.other-employer"));
            return;
        }
        List<Object[]> load = jdbc.sql("""
                        select c.id, exists (select 1 from contract.amendment a where a.contract_id = c.id
                                              and a.amendment_type = '33')
                          from contract.apprenticeship_contract c
                         where (c.mentor1_id = :mentor or c.mentor2_id = :mentor) and c.id <> :self
                           and c.start_date <= :day and c.end_date >= :day
                           and (c.rupture_date is null or c.rupture_date > :day)""")
                .param("mentor", mentorId)
                .param("self", contractId == null ? -1L : contractId)
                .param("day", day)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getBoolean(2)})
                .list();
        int extended = (int) load.stream().filter(row -> (Boolean) row[1]).count();
        MentorInfo info = mentor.get();
        MentorChecks.Outcome outcome = MentorChecks.check(new MentorChecks.Facts(
                field,
                info.highestDiplomaLevel() == null
                        ? null
                        : info.highestDiplomaLevel().intValue(),
                info.relatedExperienceYears() == null
                        ? null
                        : info.relatedExperienceYears().intValue(),
                programme.level(),
                load.size(),
                extended));
        problems.addAll(outcome.problems());
        warnings.addAll(outcome.warnings());
    }

    private static void codes(ContractForm form, List<Problem> problems) {
        if (!CodeLists.isValid("contractType", form.contractType())) {
            problems.add(Problem.of("contractType", "code.invalid"));
        }
        if (!CodeLists.isValid("derogation", form.derogation())) {
            problems.add(Problem.of("derogation", "code.invalid"));
        }
        if (!CodeLists.isValid("contractMode", form.contractMode())) {
            problems.add(Problem.of("contractMode", "code.invalid"));
        }
    }

    private void typeWarnings(long apprenticeId, Long contractId, ContractForm form, List<Problem> warnings) {
        List<Object[]> previous = jdbc.sql("""
                        select employer_id, rupture_date is not null from contract.apprenticeship_contract
                         where apprentice_id = ? and id <> ? order by start_date desc""")
                .params(apprenticeId, contractId == null ? -1L : contractId)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getBoolean(2)})
                .list();
        if (previous.isEmpty()
                && form.contractType() != null
                && !form.contractType().equals("11")) {
            warnings.add(Problem.of("contractType", "contract.type.first"));
        }
        if (!previous.isEmpty() && "11".equals(form.contractType())) {
            warnings.add(Problem.of("contractType", "contract.type.not-first"));
        }
        if (!previous.isEmpty() && (Boolean) previous.get(0)[1] && "22".equals(form.contractType())) {
            warnings.add(Problem.of("contractType", "contract.type.after-rupture"));
        }
    }

    private void apply(Contract contract, ContractForm form) {
        EmployerInfo employer = referential
                .employerBySiret(form.employerSiret().replaceAll("\\s", ""))
                .orElseThrow();
        contract.employerId = employer.id();
        contract.mentor1Id = form.mentor1Id();
        contract.mentor2Id = form.mentor2Id();
        contract.contractType = form.contractType();
        contract.derogation = blankToNull(form.derogation());
        contract.contractMode = form.contractMode();
        contract.conclusionDate = form.conclusionDate();
        contract.startDate = form.startDate();
        contract.practicalTrainingStart = form.practicalTrainingStart();
        contract.endDate = form.endDate();
        contract.weeklyHours = form.weeklyHours() == null ? new BigDecimal("35") : form.weeklyHours();
        contract.comment = blankToNull(form.comment());
    }

    private <T> void validate(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static InvalidInputException notFound(String field) {
        return InvalidInputException.of(field, "record.unknown");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
