package org.trio.warning.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.StatusManagement;
import org.trio.contract.StatusOnDay;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;
import org.trio.referential.EmployerInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.SchoolYear;

/**
 * The early warning of the demo network: this module's copy of the enrolments and contracts (read through the contract
 * module's facades), the call calendars of the contracts in force with the calls already made, then (through
 * {@link DemoSituations}) signals and situations at every stage, and the risk scores. Loaded with {@code COPY}.
 */
@Component
class WarningDemoData implements DemoDataContributor {

    private static final int CHUNK = 2_000;
    /** Calls due longer ago than this are not generated: the demo's calendars start when Trio was installed. */
    private static final int HISTORY_DAYS = 120;
    /** Above this size the demo calibrates the demo CFA only (the head of network can calibrate on demand). */
    private static final int NETWORK_CALIBRATION_MAX = 100_000;

    private static final String ENROLMENT_COLUMNS = "enrolment_id, apprentice_id, network_id, cfa_id, site_id,"
            + " programme_id, diploma_type, programme_year, school_year, training_start, training_end,"
            + " highest_diploma_held, tutor_staff_id, exclusion_date, refreshed_at";
    private static final String CONTRACT_COLUMNS = "contract_id, apprentice_id, enrolment_id, employer_id, mentor_id,"
            + " start_date, end_date, rupture_date, refreshed_at";
    private static final String CALL_COLUMNS = "id, contract_id, apprentice_id, employer_id, cfa_id, site_id,"
            + " advisor_staff_id, due_date, reason, status, done_call_id";
    private static final String LOG_COLUMNS = "id, planned_call_id, contract_id, apprentice_id, employer_id, cfa_id,"
            + " site_id, called_on, channel, caller_staff_id, caller_name, contact_name, outcome, signal_id, created_at";

    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final ReferentialManagement referential;
    private final WarningSettings settings;
    private final DemoSituations situations;
    private final RiskService risk;
    private final CalibrationService calibrations;
    private final WarningTexts texts;
    private final StatusManagement statuses;

    WarningDemoData(
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            ReferentialManagement referential,
            WarningSettings settings,
            DemoSituations situations,
            RiskService risk,
            CalibrationService calibrations,
            WarningTexts texts,
            StatusManagement statuses) {
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.referential = referential;
        this.settings = settings;
        this.situations = situations;
        this.risk = risk;
        this.calibrations = calibrations;
        this.texts = texts;
        this.statuses = statuses;
    }

    @Override
    public int order() {
        return 600;
    }

    /** A contract in force on the demo's day, with what the demo needs to plan and follow it. */
    record Followed(ContractInfo contract, long networkId, long cfaId, Long siteId, Long tutorStaffId) {}

    @Override
    public void contribute(DemoContext context) {
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        long network = context.shared(DemoKeys.NETWORK);
        LocalDate today = context.today();
        Map<Long, FollowUp.Enrolment> current = copyEnrolments(context, paths);
        Map<Long, List<TimeRules.ContractSpan>> spans = new HashMap<>();
        List<Followed> inForce = copyContracts(context, paths, current, network, today, spans);
        Calls calls = calls(context, inForce, today);
        situations.generate(
                context, inForce, calls.late(), calls.advisorOfContract(), withoutContract(current, spans, today));
        risk.refreshAll(today);
        situations.reviews(context, today);
        calibrate(context, network, today);
    }

    /** The enrolments, read per cohort; returns each apprentice's enrolment of the current school year. */
    private Map<Long, FollowUp.Enrolment> copyEnrolments(DemoContext context, List<DemoPath> paths) {
        Set<Long> cohorts = new HashSet<>();
        Set<Long> programmeIds = new HashSet<>();
        for (DemoPath path : paths) {
            for (long cohort : path.cohortIds()) {
                cohorts.add(cohort);
            }
            programmeIds.add(path.programmeId());
        }
        Map<Long, ProgrammeInfo> programmes = referential.programmes(programmeIds);
        int year = context.currentSchoolYear().startYear();
        Map<Long, FollowUp.Enrolment> current = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (long cohort : cohorts) {
            for (EnrolmentInfo enrolment : enrolments.enrolmentsOfCohort(cohort)) {
                ProgrammeInfo programme = programmes.get(enrolment.programmeId());
                if (programme == null) {
                    continue;
                }
                rows.add(new Object[] {
                    enrolment.id(),
                    enrolment.apprenticeId(),
                    enrolment.networkId(),
                    enrolment.cfaId(),
                    enrolment.siteId(),
                    enrolment.programmeId(),
                    programme.diplomaType().name(),
                    enrolment.programmeYear(),
                    enrolment.schoolYear(),
                    enrolment.trainingStart(),
                    enrolment.trainingEnd(),
                    enrolment.highestDiplomaHeld(),
                    enrolment.tutorStaffId(),
                    enrolment.exclusionDate(),
                    now
                });
                if (enrolment.schoolYear() == year) {
                    current.put(
                            enrolment.apprenticeId(),
                            new FollowUp.Enrolment(
                                    enrolment.id(),
                                    enrolment.apprenticeId(),
                                    enrolment.networkId(),
                                    enrolment.cfaId(),
                                    enrolment.siteId(),
                                    enrolment.programmeId(),
                                    programme.diplomaType().name(),
                                    enrolment.programmeYear(),
                                    enrolment.schoolYear(),
                                    enrolment.trainingStart(),
                                    enrolment.trainingEnd(),
                                    enrolment.highestDiplomaHeld(),
                                    enrolment.tutorStaffId(),
                                    enrolment.exclusionDate()));
                }
                if (rows.size() >= CHUNK * 10) {
                    context.copy("warning.followed_enrolment", ENROLMENT_COLUMNS, rows);
                    rows.clear();
                }
            }
        }
        context.copy("warning.followed_enrolment", ENROLMENT_COLUMNS, rows);
        return current;
    }

    /** The contracts, read per apprentice; returns those in force on the day, with their current enrolment. */
    private List<Followed> copyContracts(
            DemoContext context,
            List<DemoPath> paths,
            Map<Long, FollowUp.Enrolment> current,
            long network,
            LocalDate today,
            Map<Long, List<TimeRules.ContractSpan>> spans) {
        List<Followed> inForce = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (DemoPath path : paths) {
            for (ContractInfo contract : contracts.contractsOf(path.apprenticeId())) {
                rows.add(new Object[] {
                    contract.id(),
                    contract.apprenticeId(),
                    contract.enrolmentId(),
                    contract.employerId(),
                    contract.mentor1Id(),
                    contract.startDate(),
                    contract.endDate(),
                    contract.ruptureDate(),
                    now
                });
                FollowUp.Enrolment enrolment = current.get(contract.apprenticeId());
                spans.computeIfAbsent(contract.apprenticeId(), id -> new ArrayList<>())
                        .add(new TimeRules.ContractSpan(contract.startDate(), contract.lastDay()));
                if (enrolment != null && contract.inForceOn(today)) {
                    inForce.add(new Followed(
                            contract, network, enrolment.cfaId(), enrolment.siteId(), enrolment.tutorStaffId()));
                }
            }
            if (rows.size() >= CHUNK * 10) {
                context.copy("warning.followed_contract", CONTRACT_COLUMNS, rows);
                rows.clear();
            }
        }
        context.copy("warning.followed_contract", CONTRACT_COLUMNS, rows);
        return inForce;
    }

    /** A young person in training without a contract long enough for the no-contract signal. */
    record WithoutContract(FollowUp.Enrolment enrolment, TimeRules.NoContractRun run, LocalDate due) {}

    /**
     * The young people in training on the day whose run without contract calls for a signal, by the contract module's
     * daily status when it knows it and else by their contracts — as the daily rule decides.
     */
    private List<WithoutContract> withoutContract(
            Map<Long, FollowUp.Enrolment> current, Map<Long, List<TimeRules.ContractSpan>> spans, LocalDate today) {
        List<FollowUp.Enrolment> active = current.values().stream()
                .filter(enrolment -> enrolment.activeOn(today))
                .toList();
        List<WithoutContract> due = new ArrayList<>();
        Map<String, Integer> thresholds = new HashMap<>();
        for (int from = 0; from < active.size(); from += CHUNK) {
            List<FollowUp.Enrolment> chunk = active.subList(from, Math.min(active.size(), from + CHUNK));
            Map<Long, StatusOnDay> national = statuses.statusesOn(
                    chunk.stream().map(FollowUp.Enrolment::apprenticeId).toList(), today);
            for (FollowUp.Enrolment enrolment : chunk) {
                StatusOnDay status = national.get(enrolment.apprenticeId());
                java.util.Optional<TimeRules.NoContractRun> run = status != null
                        ? TimeRules.runOf(status)
                        : TimeRules.runWithoutContract(
                                enrolment.trainingStart(),
                                spans.getOrDefault(enrolment.apprenticeId(), List.of()),
                                today);
                int never = thresholds.computeIfAbsent(
                        "never:" + enrolment.networkId(),
                        key -> settings.threshold(Threshold.NO_CONTRACT_MONTHS, enrolment.networkId(), today));
                int after = thresholds.computeIfAbsent(
                        "after:" + enrolment.networkId(),
                        key -> settings.threshold(
                                Threshold.NO_CONTRACT_AFTER_RUPTURE_MONTHS, enrolment.networkId(), today));
                run.filter(found -> TimeRules.noContractSignalDue(found, today, never, after))
                        .ifPresent(found -> due.add(new WithoutContract(
                                enrolment, found, found.since().plusMonths(found.afterContract() ? after : never))));
            }
        }
        return due;
    }

    /** What the calls left for the next steps: late calls (for overdue signals) and each contract's CJE. */
    record Calls(List<long[]> late, Map<Long, Long> advisorOfContract) {}

    private Calls calls(DemoContext context, List<Followed> inForce, LocalDate today) {
        SplittableRandom random = context.random("warning-calls");
        List<Dated<CallPolicy>> policies = settings.policyRows().stream()
                .map(row -> new Dated<>(row.networkId(), row.validFrom(), row.validTo(), row.policy()))
                .toList();
        Map<Long, List<StaffInfo>> advisorsOfCfa = new HashMap<>();
        Map<String, Long> advisorOfEmployer = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Long> advisorOfContract = new HashMap<>();
        Map<Long, String> advisorNames = new HashMap<>();
        List<long[]> late = new ArrayList<>();
        long nextCall = context.reserveIds("warning.planned_call", 0);
        long nextLog = context.reserveIds("warning.call_log", 0);
        List<Object[]> callRows = new ArrayList<>();
        List<Object[]> logRows = new ArrayList<>();
        for (int from = 0; from < inForce.size(); from += CHUNK) {
            List<Followed> chunk = inForce.subList(from, Math.min(inForce.size(), from + CHUNK));
            Map<Long, EmployerInfo> employers = referential.employers(chunk.stream()
                    .map(followed -> followed.contract().employerId())
                    .toList());
            for (Followed followed : chunk) {
                ContractInfo contract = followed.contract();
                List<StaffInfo> advisors = advisorsOfCfa.computeIfAbsent(
                        followed.cfaId(), cfa -> referential.staffOfCfa(cfa, StaffFunction.PLACEMENT_ADVISOR));
                advisors.forEach(advisor -> advisorNames.put(advisor.id(), advisor.fullName()));
                String employerKey = followed.cfaId() + ":" + contract.employerId();
                Long advisor = AdvisorChoice.choose(
                                advisorOfEmployer.get(employerKey),
                                advisors.stream().map(StaffInfo::id).toList(),
                                load)
                        .orElse(null);
                if (advisor != null) {
                    advisorOfEmployer.put(employerKey, advisor);
                    load.merge(advisor, 1, Integer::sum);
                    advisorOfContract.put(contract.id(), advisor);
                }
                CallPolicy policy = Dated.on(policies, followed.networkId(), contract.startDate())
                        .orElseThrow();
                LocalDate practical = contract.practicalTrainingStart() == null
                        ? contract.startDate()
                        : contract.practicalTrainingStart();
                LocalDate trialEnd = CallService.nthWorkingDay(practical, CallService.TRIAL_COMPANY_DAYS);
                EmployerInfo employer = employers.get(contract.employerId());
                for (CallCalendar.PlannedDate date :
                        CallCalendar.plan(policy, contract.startDate(), contract.lastDay(), trialEnd)) {
                    if (date.due().isBefore(today.minusDays(HISTORY_DAYS))) {
                        continue;
                    }
                    long id = nextCall++;
                    String status = "PLANNED";
                    Long doneLog = null;
                    if (date.due().isBefore(today)) {
                        boolean recent = !date.due().isBefore(today.minusDays(21));
                        boolean done = random.nextInt(100) < (recent ? 70 : 96);
                        if (done) {
                            status = "DONE";
                            doneLog = nextLog++;
                            LocalDate calledOn = date.due().plusDays(random.nextInt(4));
                            logRows.add(new Object[] {
                                doneLog,
                                id,
                                contract.id(),
                                contract.apprenticeId(),
                                contract.employerId(),
                                followed.cfaId(),
                                followed.siteId(),
                                calledOn.isAfter(today) ? today : calledOn,
                                random.nextInt(10) < 8 ? "PHONE" : random.nextBoolean() ? "MAIL" : "LETTER",
                                advisor,
                                advisor == null ? texts.get("warning.call.unassigned") : advisorNames.get(advisor),
                                employer == null ? null : employer.contactName(),
                                DemoPhrases.pick(DemoPhrases.CALL_OUTCOMES, random),
                                null,
                                calledOn.atTime(10, 0).atOffset(ZoneOffset.UTC)
                            });
                        } else {
                            late.add(new long[] {
                                id, contract.apprenticeId(), date.due().toEpochDay(), contract.id()
                            });
                        }
                    }
                    callRows.add(new Object[] {
                        id,
                        contract.id(),
                        contract.apprenticeId(),
                        contract.employerId(),
                        followed.cfaId(),
                        followed.siteId(),
                        advisor,
                        date.due(),
                        date.reason().name(),
                        status,
                        doneLog
                    });
                }
            }
            context.copy("warning.planned_call", CALL_COLUMNS, callRows);
            context.copy("warning.call_log", LOG_COLUMNS, logRows);
            callRows.clear();
            logRows.clear();
        }
        context.syncIdentity("warning.planned_call");
        context.syncIdentity("warning.call_log");
        return new Calls(late, advisorOfContract);
    }

    /** Calibrates on last school year when the contract module's data hold ruptures of that year. */
    private void calibrate(DemoContext context, long network, LocalDate today) {
        SchoolYear last = SchoolYear.of(today).previous();
        long ruptures = context.jdbc()
                .sql("select count(*) from warning.followed_contract where rupture_date between ? and ?")
                .params(last.start(), last.end())
                .query(Long.class)
                .single();
        if (ruptures == 0) {
            return;
        }
        long firstCfa = ((long[]) context.shared(DemoKeys.CFAS))[0];
        calibrations.calibrate(network, firstCfa, last, texts.get("warning.demo.author"));
        if (context.apprentices() <= NETWORK_CALIBRATION_MAX) {
            calibrations.calibrate(network, null, last, texts.get("warning.demo.author"));
        }
    }
}
