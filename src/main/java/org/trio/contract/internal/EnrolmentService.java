package org.trio.contract.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.ApprenticeEnrolled;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.NewEnrolment;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

@Service
@Transactional
class EnrolmentService implements EnrolmentManagement {

    static final String SELECT = "select id, apprentice_id, programme_id, cohort_id, network_id, cfa_id, site_id,"
            + " school_year, programme_year, registration_date, training_start, training_end,"
            + " theoretical_duration_months, distance_learning, tutor_staff_id, previous_situation, previous_uai,"
            + " situation_before_contract, highest_diploma_held, school_regime, exclusion_date, exclusion_cause,"
            + " diploma_obtained, diploma_date from contract.enrolment";

    private final Enrolments enrolments;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatusRecorder statuses;

    EnrolmentService(
            Enrolments enrolments,
            ReferentialManagement referential,
            JdbcClient jdbc,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock,
            StatusRecorder statuses) {
        this.statuses = statuses;
        this.enrolments = enrolments;
        this.referential = referential;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long enrol(NewEnrolment command) {
        Set<ConstraintViolation<NewEnrolment>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<Problem> problems = new ArrayList<>();
        ApprenticeInfo apprentice =
                referential.apprentice(command.apprenticeId()).orElse(null);
        ProgrammeInfo programme = referential.programme(command.programmeId()).orElse(null);
        if (apprentice == null) {
            problems.add(Problem.of("apprenticeId", "apprentice.unknown"));
        }
        if (programme == null) {
            problems.add(Problem.of("programmeId", "programme.unknown"));
        }
        Long siteId = command.siteId();
        if (command.cohortId() != null) {
            CohortInfo cohort = referential.cohort(command.cohortId()).orElse(null);
            if (cohort == null || cohort.programmeId() != command.programmeId()) {
                problems.add(Problem.of("cohortId", "enrolment.cohort.other-programme"));
            } else if (siteId == null) {
                siteId = cohort.siteId();
            }
        }
        long cfaId = command.cfaId();
        if (siteId != null) {
            SiteInfo site = referential.site(siteId).orElse(null);
            if (site == null || site.cfaId() != cfaId) {
                problems.add(Problem.of("siteId", "site.other-cfa"));
            }
        }
        if (command.trainingEnd().isBefore(command.trainingStart())) {
            problems.add(Problem.of("trainingEnd", "enrolment.dates.order"));
        }
        if (command.registrationDate().isAfter(command.trainingEnd())) {
            problems.add(Problem.of("registrationDate", "enrolment.registration.after-end"));
        }
        if (!CodeLists.isValid("previousSituation", command.previousSituation())) {
            problems.add(Problem.of("previousSituation", "code.invalid"));
        }
        if (!CodeLists.isValid("diplomaHeld", command.highestDiplomaHeld())) {
            problems.add(Problem.of("highestDiplomaHeld", "code.invalid"));
        }
        if (!CodeLists.isValid("situationBeforeContract", command.situationBeforeContract())) {
            problems.add(Problem.of("situationBeforeContract", "code.invalid"));
        }
        if (command.trainingStart().isAfter(new org.trio.shared.SchoolYear(command.schoolYear()).end())) {
            problems.add(Problem.of("trainingStart", "enrolment.start.after-year"));
        }
        long networkId = referential.cfa(cfaId).map(cfa -> cfa.networkId()).orElse(-1L);
        if (networkId < 0) {
            problems.add(Problem.of("cfaId", "cfa.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Enrolment enrolment =
                new Enrolment(command.apprenticeId(), command.programmeId(), networkId, cfaId, clock.instant());
        enrolment.cohortId = command.cohortId();
        enrolment.siteId = siteId;
        enrolment.schoolYear = command.schoolYear().shortValue();
        enrolment.programmeYear = command.programmeYear().shortValue();
        enrolment.registrationDate = command.registrationDate();
        enrolment.trainingStart = command.trainingStart();
        enrolment.trainingEnd = command.trainingEnd();
        enrolment.theoreticalDurationMonths =
                command.theoreticalDurationMonths().shortValue();
        enrolment.distanceLearning = command.distanceLearning();
        enrolment.tutorStaffId = command.tutorStaffId();
        enrolment.previousSituation = blankToNull(command.previousSituation());
        enrolment.previousUai = blankToNull(command.previousUai());
        enrolment.situationBeforeContract = blankToNull(command.situationBeforeContract());
        enrolment.highestDiplomaHeld = blankToNull(command.highestDiplomaHeld());
        enrolment.schoolRegime = blankToNull(command.schoolRegime());
        enrolments.save(enrolment);
        if (apprentice.cfaId() != cfaId || (siteId != null && !siteId.equals(apprentice.siteId()))) {
            referential.holdApprenticeAt(apprentice.id(), cfaId, siteId);
        }
        statuses.recomputeApprentice(enrolment.apprenticeId);
        events.publishEvent(new ApprenticeEnrolled(
                enrolment.id, command.apprenticeId(), command.programmeId(), command.cohortId(), cfaId));
        return enrolment.id;
    }

    /** Records that the apprentice left or was excluded from the training, and recomputes the statuses. */
    public void exclude(long enrolmentId, LocalDate date, String cause) {
        Enrolment enrolment =
                enrolments.findById(enrolmentId).orElseThrow(() -> InvalidInputException.of(null, "record.unknown"));
        enrolment.exclude(date, blankToNull(cause));
        enrolments.flush();
        statuses.recomputeApprentice(enrolment.apprenticeId);
    }

    /** Cancels a recorded exclusion (recorded by mistake), and recomputes the statuses. */
    public void cancelExclusion(long enrolmentId) {
        Enrolment enrolment =
                enrolments.findById(enrolmentId).orElseThrow(() -> InvalidInputException.of(null, "record.unknown"));
        enrolment.exclusionDate = null;
        enrolment.exclusionCause = null;
        enrolments.flush();
        statuses.recomputeApprentice(enrolment.apprenticeId);
    }

    /** Records the diploma result of the enrolment. */
    public void recordDiploma(long enrolmentId, boolean obtained, LocalDate date) {
        Enrolment enrolment =
                enrolments.findById(enrolmentId).orElseThrow(() -> InvalidInputException.of(null, "record.unknown"));
        if (obtained && date == null) {
            throw InvalidInputException.of("diplomaDate", "enrolment.diploma.date");
        }
        enrolment.recordDiploma(obtained, date);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EnrolmentInfo> enrolment(long enrolmentId) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(enrolmentId)
                .query(EnrolmentInfo.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrolmentInfo> enrolmentsOf(long apprenticeId) {
        return jdbc.sql(SELECT + " where apprentice_id = ? order by school_year desc, training_start desc")
                .param(apprenticeId)
                .query(EnrolmentInfo.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrolmentInfo> enrolmentsOfCohort(long cohortId) {
        return jdbc.sql(SELECT + " where cohort_id = ? order by id")
                .param(cohortId)
                .query(EnrolmentInfo.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrolmentInfo> enrolments(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id in (:ids) order by id")
                .param("ids", List.copyOf(enrolmentIds))
                .query(EnrolmentInfo.class)
                .list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
