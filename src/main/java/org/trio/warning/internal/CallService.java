package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.referential.StaffFunction;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.shared.PublicHolidays;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * The calls to companies: the plan of each contract (from its signature, under the call calendar in force on its
 * start, assigned to a CJE of the CFA), and the log of each call, which may raise a signal.
 */
@Service
@Transactional
class CallService {

    /** Days of practical training in the company that make the legal trial period. */
    static final int TRIAL_COMPANY_DAYS = 45;

    private final PlannedCalls plannedCalls;
    private final CallLogs callLogs;
    private final FollowUpRefresh refresh;
    private final FollowUp followUp;
    private final WarningSettings settings;
    private final Team team;
    private final ContractManagement contracts;
    private final CalendarManagement calendars;
    private final WarningManagement warning;
    private final JdbcClient jdbc;
    private final WarningTexts texts;
    private final Clock clock;

    CallService(
            PlannedCalls plannedCalls,
            CallLogs callLogs,
            FollowUpRefresh refresh,
            FollowUp followUp,
            WarningSettings settings,
            Team team,
            ContractManagement contracts,
            CalendarManagement calendars,
            WarningManagement warning,
            JdbcClient jdbc,
            WarningTexts texts,
            Clock clock) {
        this.plannedCalls = plannedCalls;
        this.callLogs = callLogs;
        this.refresh = refresh;
        this.followUp = followUp;
        this.settings = settings;
        this.team = team;
        this.contracts = contracts;
        this.calendars = calendars;
        this.warning = warning;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /** What a person records of a call. */
    record CallReport(
            @Nullable LocalDate calledOn,
            CallLog.@Nullable Channel channel,
            @Nullable String contactName,
            @Nullable String outcome,
            boolean raiseSignal,
            @Nullable SignalCategory category,
            @Nullable String signalSummary) {}

    /**
     * Plans the calls of a contract, once (a contract already planned is left as it is). Calls due before the day the
     * plan is made are not created: the calendar starts from the signature.
     *
     * @return the number of calls planned
     */
    int plan(long contractId) {
        if (plannedCalls.existsByContractId(contractId)) {
            return 0;
        }
        Optional<FollowUp.Contract> known = refresh.contract(contractId);
        if (known.isEmpty()) {
            return 0;
        }
        FollowUp.Contract contract = known.get();
        Optional<FollowUp.Enrolment> enrolment = followUp.enrolment(contract.enrolmentId());
        if (enrolment.isEmpty()) {
            return 0;
        }
        CallPolicy policy = settings.callPolicy(enrolment.get().networkId(), contract.startDate());
        LocalDate practicalStart = contracts
                .contract(contractId)
                .map(ContractInfo::practicalTrainingStart)
                .orElse(contract.startDate());
        LocalDate trialEnd = trialEnd(contractId, practicalStart == null ? contract.startDate() : practicalStart);
        Long advisor =
                advisorFor(contract.employerId(), enrolment.get().cfaId()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (CallCalendar.PlannedDate date :
                CallCalendar.plan(policy, contract.startDate(), contract.lastDay(), trialEnd)) {
            if (!date.due().isBefore(today.minusDays(7))) {
                plannedCalls.save(new PlannedCall(contract, enrolment.get(), advisor, date.due(), date.reason()));
                count++;
            }
        }
        return count;
    }

    /**
     * The last day of the trial period: the 45th day of practical training in the company by the alternance calendar,
     * or, when the calendar is not known, the 45th working day from the start of practical training (the earliest it
     * can end, so that the call comes before it).
     */
    LocalDate trialEnd(long contractId, LocalDate practicalStart) {
        return calendars
                .nthCompanyDay(contractId, practicalStart, TRIAL_COMPANY_DAYS)
                .orElseGet(() -> nthWorkingDay(practicalStart, TRIAL_COMPANY_DAYS));
    }

    static LocalDate nthWorkingDay(LocalDate from, int n) {
        LocalDate day = from;
        int count = PublicHolidays.isWorkingDay(day) ? 1 : 0;
        while (count < n) {
            day = day.plusDays(1);
            if (PublicHolidays.isWorkingDay(day)) {
                count++;
            }
        }
        return day;
    }

    /** The CJE for a new contract: the one already calling this employer for the CFA, or the least busy one. */
    Optional<Long> advisorFor(long employerId, long cfaId) {
        List<Long> advisors = team.ids(cfaId, StaffFunction.PLACEMENT_ADVISOR);
        Long following = jdbc.sql(
                        "select advisor_staff_id from warning.planned_call where employer_id = ? and cfa_id = ?"
                                + " and advisor_staff_id is not null order by id desc limit 1")
                .params(employerId, cfaId)
                .query(Long.class)
                .optional()
                .orElse(null);
        Map<Long, Integer> load = new HashMap<>();
        if (!advisors.isEmpty()) {
            jdbc.sql("select advisor_staff_id, count(distinct contract_id) from warning.planned_call"
                            + " where status = 'PLANNED' and advisor_staff_id in (:advisors) group by advisor_staff_id")
                    .param("advisors", advisors)
                    .query((rs, row) -> load.put(rs.getLong(1), rs.getInt(2)))
                    .list();
        }
        return AdvisorChoice.choose(following, advisors, load);
    }

    /** Records a call (planned or not) and, when asked, raises a signal resting on it. */
    CallLog log(long contractId, @Nullable Long plannedCallId, CallReport report, Actor actor) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (report.calledOn() == null) {
            problems.add(Problem.of("calledOn", "warning.call.calledOn.required"));
        } else if (report.calledOn().isAfter(today)) {
            problems.add(Problem.of("calledOn", "warning.call.calledOn.future"));
        }
        if (report.channel() == null) {
            problems.add(Problem.of("channel", "warning.call.channel.required"));
        }
        if (report.outcome() == null || report.outcome().isBlank()) {
            problems.add(Problem.of("outcome", "warning.call.outcome.required"));
        } else if (report.outcome().length() > 4000) {
            problems.add(Problem.of("outcome", "warning.text.long", 4000));
        }
        if (report.contactName() != null && report.contactName().length() > 200) {
            problems.add(Problem.of("contactName", "warning.text.long", 200));
        }
        if (report.raiseSignal()) {
            if (report.category() == null || report.category().isAutomatic()) {
                problems.add(Problem.of("category", "warning.signal.category.required"));
            }
            if (report.signalSummary() == null || report.signalSummary().isBlank()) {
                problems.add(Problem.of("signalSummary", "warning.signal.summary.required"));
            } else if (report.signalSummary().length() > SignalService.MAX_SUMMARY) {
                problems.add(Problem.of("signalSummary", "warning.signal.summary.long", SignalService.MAX_SUMMARY));
            }
        }
        PlannedCall planned = null;
        if (plannedCallId != null) {
            planned = plannedCalls.findById(plannedCallId).orElse(null);
            if (planned == null || planned.contractId != contractId) {
                problems.add(Problem.of("plannedCallId", "warning.call.unknown"));
            } else if (planned.status != PlannedCall.Status.PLANNED) {
                problems.add(Problem.of("plannedCallId", "warning.call.not-planned"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FollowUp.Contract contract = followUp.contract(contractId).orElseThrow();
        FollowUp.Enrolment enrolment =
                followUp.enrolment(contract.enrolmentId()).orElseThrow();
        CallLog log = new CallLog(contract, enrolment, plannedCallId, clock.instant());
        log.calledOn = report.calledOn();
        log.channel = report.channel();
        log.contactName = blankToNull(report.contactName());
        log.outcome = report.outcome().strip();
        log.callerName = actor.name();
        log.callerStaffId = actor.staffId();
        callLogs.save(log);
        if (planned != null) {
            planned.done(log);
        }
        if (report.raiseSignal()) {
            long signal = warning.raiseSignal(new NewSignal(
                    contract.apprenticeId(),
                    report.category(),
                    SignalOrigin.COMPANY_CALL,
                    report.signalSummary().strip(),
                    report.category().isSocial() ? null : report.outcome().strip(),
                    texts.get(
                            "warning.call.evidence",
                            report.calledOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    "/warning/contracts/" + contractId + "/calls#appel-" + log.id,
                    report.calledOn(),
                    null,
                    actor.name(),
                    actor.staffId()));
            log.signalled(signal);
        }
        return log;
    }

    /**
     * Brings a contract's calls in line with its new planned end (an amendment): calls after a shortened end are
     * cancelled, the calendar of an extended contract continues after its last planned call.
     *
     * @return the number of calls added
     */
    int replan(long contractId) {
        Optional<FollowUp.Contract> known = followUp.contract(contractId);
        if (known.isEmpty()) {
            return 0;
        }
        FollowUp.Contract contract = known.get();
        cancelAfter(contract);
        List<PlannedCall> existing = plannedCalls.findByContractIdOrderByDueDate(contractId);
        Optional<FollowUp.Enrolment> enrolment = followUp.enrolment(contract.enrolmentId());
        if (existing.isEmpty() || enrolment.isEmpty()) {
            return existing.isEmpty() ? plan(contractId) : 0;
        }
        LocalDate lastDue = existing.get(existing.size() - 1).dueDate;
        CallPolicy policy = settings.callPolicy(enrolment.get().networkId(), contract.startDate());
        Long advisor = existing.get(existing.size() - 1).advisorStaffId;
        int added = 0;
        for (CallCalendar.PlannedDate date : CallCalendar.plan(
                policy, contract.startDate(), contract.lastDay(), trialEnd(contractId, contract.startDate()))) {
            if (date.due().isAfter(lastDue)) {
                plannedCalls.save(new PlannedCall(contract, enrolment.get(), advisor, date.due(), date.reason()));
                added++;
            }
        }
        return added;
    }

    /** Cancels the calls planned after the last day of a broken contract. */
    int cancelAfter(FollowUp.Contract contract) {
        int cancelled = 0;
        for (PlannedCall call : plannedCalls.findByContractIdOrderByDueDate(contract.contractId())) {
            if (call.status == PlannedCall.Status.PLANNED && call.dueDate.isAfter(contract.lastDay())) {
                call.cancel();
                cancelled++;
            }
        }
        return cancelled;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
