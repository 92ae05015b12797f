package org.trio.warning.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.contract.StatusManagement;
import org.trio.contract.StatusOnDay;
import org.trio.shared.InvalidInputException;
import org.trio.visit.OverdueVisit;
import org.trio.visit.VisitManagement;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * The time-driven rules, run for a given day (every night for the new day; tests give the day): learn the ruptures,
 * then raise the signals that are due — no contract after the threshold, planned calls overdue, livret silent, visits overdue — each
 * once, through {@link WarningManagement#raiseSignal}; finally recompute every risk score. Each signal is its own
 * transaction, so one failure never blocks the others.
 */
@Component
class DailyRules {

    private static final Log log = LogFactory.getLog(DailyRules.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FollowUp followUp;
    private final FollowUpRefresh refresh;
    private final WarningSettings settings;
    private final WarningManagement warning;
    private final CallService calls;
    private final RiskService risk;
    private final Team team;
    private final WarningTexts texts;
    private final JdbcClient jdbc;
    private final StatusManagement statuses;
    private final VisitManagement visits;

    DailyRules(
            FollowUp followUp,
            FollowUpRefresh refresh,
            WarningSettings settings,
            WarningManagement warning,
            CallService calls,
            RiskService risk,
            Team team,
            WarningTexts texts,
            JdbcClient jdbc,
            StatusManagement statuses,
            VisitManagement visits) {
        this.followUp = followUp;
        this.refresh = refresh;
        this.settings = settings;
        this.warning = warning;
        this.calls = calls;
        this.risk = risk;
        this.team = team;
        this.texts = texts;
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.visits = visits;
    }

    /** What a run did. */
    record Run(
            int ruptures,
            int noContract,
            int overdueCalls,
            int silentBooklets,
            int overdueVisits,
            int scores,
            int purged) {}

    Run run(LocalDate day) {
        int ruptures = learnRuptures(day);
        int noContract = noContract(day, null);
        int overdue = overdueCalls(day, null);
        int silent = silentBooklets(day, null);
        int visitsLate = overdueVisits(day, null);
        int scores = risk.refreshAll(day);
        int purged = purge(day);
        Run run = new Run(ruptures, noContract, overdue, silent, visitsLate, scores, purged);
        log.info("Alertes du " + day + " : " + run);
        return run;
    }

    /** Re-reads the contracts in force; the calls planned after a rupture are cancelled. */
    int learnRuptures(LocalDate day) {
        List<FollowUp.Contract> broken = refresh.contractsNotEndedOn(day.minusDays(1));
        broken.forEach(calls::cancelAfter);
        return broken.size();
    }

    /**
     * Young people in training without a contract for longer than the threshold: never had one (national alert: 2
     * months as "inscrit sans contrat"), or none since a rupture (3 months as "rupturant").
     *
     * @param cfaIds only these CFAs, or every CFA when null
     */
    int noContract(LocalDate day, @Nullable Collection<Long> cfaIds) {
        List<FollowUp.Enrolment> candidates = jdbc.sql(FollowUp.ENROLMENT + " e where training_start <= :day"
                        + " and training_end >= :day and (exclusion_date is null or exclusion_date > :day)"
                        + (cfaIds == null ? "" : " and cfa_id in (:cfas)")
                        + " and not exists (select 1 from warning.followed_contract c where c.apprentice_id ="
                        + " e.apprentice_id and c.start_date <= :day and c.end_date >= :day"
                        + " and (c.rupture_date is null or c.rupture_date > :day))")
                .param("day", day)
                .param("cfas", cfaIds == null ? List.of(-1L) : List.copyOf(cfaIds))
                .query(FollowUp.Enrolment.class)
                .list();
        int raised = 0;
        for (FollowUp.Enrolment enrolment : candidates) {
            refresh.apprentice(enrolment.apprenticeId());
            List<TimeRules.ContractSpan> spans = followUp.contractsOf(enrolment.apprenticeId()).stream()
                    .map(FollowUp.Contract::span)
                    .toList();
            Optional<TimeRules.NoContractRun> run = TimeRules.runWithoutContract(enrolment.trainingStart(), spans, day);
            if (run.isEmpty()) {
                continue;
            }
            int never = settings.threshold(Threshold.NO_CONTRACT_MONTHS, enrolment.networkId(), day);
            int after = settings.threshold(Threshold.NO_CONTRACT_AFTER_RUPTURE_MONTHS, enrolment.networkId(), day);
            if (!TimeRules.noContractSignalDue(run.get(), day, never, after)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(run.get().since(), day) + 1;
            String summary = texts.get(
                    run.get().afterContract() ? "warning.rule.no-contract.after" : "warning.rule.no-contract.never",
                    run.get().since().format(DAY),
                    days);
            raised += raise(new NewSignal(
                    enrolment.apprenticeId(),
                    SignalCategory.NO_CONTRACT,
                    SignalOrigin.RULE,
                    summary,
                    null,
                    texts.get("warning.rule.no-contract.evidence"),
                    "/warning/apprentices/" + enrolment.apprenticeId(),
                    day,
                    "NO_CONTRACT:" + enrolment.enrolmentId() + ":" + run.get().since(),
                    texts.get("warning.rule.name"),
                    null));
        }
        return raised;
    }

    /**
     * The run without contract of an apprentice: from the contract module's daily status when it knows it (the
     * national dashboard's "inscrit sans contrat" and "rupturant", so that Trio's alerts match the dashboard's), or
     * else from this module's copy of the contracts.
     */
    private Optional<TimeRules.NoContractRun> run(
            FollowUp.Enrolment enrolment, @Nullable StatusOnDay status, LocalDate day) {
        if (status != null) {
            return TimeRules.runOf(status);
        }
        refresh.apprentice(enrolment.apprenticeId());
        List<TimeRules.ContractSpan> spans = followUp.contractsOf(enrolment.apprenticeId()).stream()
                .map(FollowUp.Contract::span)
                .toList();
        return TimeRules.runWithoutContract(enrolment.trainingStart(), spans, day);
    }

    /** Planned calls still not made a number of days after they were due. */
    int overdueCalls(LocalDate day, @Nullable Collection<Long> cfaIds) {
        record Overdue(
                long id,
                long contractId,
                long apprenticeId,
                LocalDate dueDate,
                @Nullable Long advisorStaffId,
                long networkId) {}
        List<Overdue> calls = jdbc.sql("select p.id, p.contract_id, p.apprentice_id, p.due_date, p.advisor_staff_id,"
                        + " e.network_id from warning.planned_call p join warning.followed_contract c on c.contract_id"
                        + " = p.contract_id join warning.followed_enrolment e on e.enrolment_id = c.enrolment_id"
                        + " where p.status = 'PLANNED' and p.due_date < :day"
                        + (cfaIds == null ? "" : " and p.cfa_id in (:cfas)")
                        + " and not exists (select 1 from warning.signal s where s.dedup_key = 'CALL_OVERDUE:' || p.id)"
                        + " order by p.due_date, p.id")
                .param("day", day)
                .param("cfas", cfaIds == null ? List.of(-1L) : List.copyOf(cfaIds))
                .query(Overdue.class)
                .list();
        int raised = 0;
        for (Overdue call : calls) {
            int days = settings.threshold(Threshold.CALL_OVERDUE_DAYS, call.networkId(), day);
            if (!TimeRules.callOverdue(call.dueDate(), day, days)) {
                continue;
            }
            String advisor = call.advisorStaffId() == null
                    ? texts.get("warning.call.unassigned")
                    : team.names(List.of(call.advisorStaffId())).get(call.advisorStaffId());
            raised += raise(new NewSignal(
                    call.apprenticeId(),
                    SignalCategory.CALL_OVERDUE,
                    SignalOrigin.RULE,
                    texts.get("warning.rule.call-overdue", call.dueDate().format(DAY), advisor),
                    null,
                    texts.get("warning.rule.call-overdue.evidence"),
                    "/warning/contracts/" + call.contractId() + "/calls",
                    day,
                    "CALL_OVERDUE:" + call.id(),
                    texts.get("warning.rule.name"),
                    null));
        }
        return raised;
    }

    /** Livrets without any entry for a number of weeks, for the apprentices whose livret Trio follows. */
    int silentBooklets(LocalDate day, @Nullable Collection<Long> cfaIds) {
        record Followed(long apprenticeId, LocalDate lastEntryOn, LocalDate startDate, long networkId) {}
        List<Followed> followed = jdbc.sql("select b.apprentice_id, b.last_entry_on, c.start_date, e.network_id"
                        + " from warning.booklet_activity b join warning.followed_contract c on c.apprentice_id ="
                        + " b.apprentice_id and c.start_date <= :day and c.end_date >= :day and (c.rupture_date is null"
                        + " or c.rupture_date > :day) join warning.followed_enrolment e on e.enrolment_id ="
                        + " c.enrolment_id" + (cfaIds == null ? "" : " where e.cfa_id in (:cfas)"))
                .param("day", day)
                .param("cfas", cfaIds == null ? List.of(-1L) : List.copyOf(cfaIds))
                .query(Followed.class)
                .list();
        int raised = 0;
        for (Followed booklet : followed) {
            int weeks = settings.threshold(Threshold.SILENT_BOOKLET_WEEKS, booklet.networkId(), day);
            Optional<LocalDate> since =
                    TimeRules.silentBookletSince(booklet.lastEntryOn(), booklet.startDate(), day, weeks);
            if (since.isEmpty()) {
                continue;
            }
            raised += raise(new NewSignal(
                    booklet.apprenticeId(),
                    SignalCategory.SILENT_BOOKLET,
                    SignalOrigin.RULE,
                    texts.get("warning.rule.silent-booklet", since.get().format(DAY), weeks),
                    null,
                    texts.get("warning.rule.silent-booklet.evidence"),
                    "/warning/apprentices/" + booklet.apprenticeId(),
                    day,
                    "SILENT_BOOKLET:" + booklet.apprenticeId() + ":" + since.get(),
                    texts.get("warning.rule.name"),
                    null));
        }
        return raised;
    }

    /**
     * Visits due under the visit policy whose window closed without a visit done (the visit module's overdue list):
     * the missing trial-period visit is a risk factor of its own (seed 002); any other late visit is a signal about the
     * visit. Each once per contract and rule.
     *
     * @param cfaIds only these CFAs, or every CFA this module follows when null
     */
    int overdueVisits(LocalDate day, @Nullable Collection<Long> cfaIds) {
        List<Long> cfas = cfaIds != null
                ? List.copyOf(cfaIds)
                : jdbc.sql("select distinct cfa_id from warning.followed_enrolment order by cfa_id")
                        .query(Long.class)
                        .list();
        int raised = 0;
        for (long cfa : cfas) {
            for (OverdueVisit visit : visits.overdueVisits(cfa, day)) {
                boolean trial = "TRIAL".equals(visit.ruleCode());
                raised += raise(new NewSignal(
                        visit.apprenticeId(),
                        trial ? SignalCategory.TRIAL_VISIT_MISSING : SignalCategory.VISIT_REPORT,
                        SignalOrigin.RULE,
                        texts.get(
                                trial ? "warning.rule.trial-visit" : "warning.rule.visit-late",
                                visit.label(),
                                visit.windowEnd().format(DAY)),
                        null,
                        texts.get("warning.rule.visit-late.evidence"),
                        "/visits/contracts/" + visit.contractId(),
                        day,
                        "VISIT_LATE:" + visit.contractId() + ":" + visit.ruleCode() + ":" + visit.windowEnd(),
                        texts.get("warning.rule.name"),
                        null));
            }
        }
        return raised;
    }

    /**
     * Deletes the early-warning data of the apprentices whose last training ended more than the retention period ago
     * (docs/data-protection-risk-score.md); returns how many apprentices were concerned. Each deletion stands alone:
     * an interrupted purge is finished by the next night's.
     */
    int purge(LocalDate day) {
        int purged = 0;
        for (Long network : jdbc.sql("select distinct network_id from warning.followed_enrolment")
                .query(Long.class)
                .list()) {
            LocalDate cutoff = day.minusMonths(settings.threshold(Threshold.RETENTION_MONTHS, network, day));
            String ended = "(select apprentice_id from warning.followed_enrolment where network_id = :network"
                    + " group by apprentice_id having max(training_end) < :cutoff)";
            java.util.Map<String, Object> params = java.util.Map.of("network", network, "cutoff", cutoff);
            purged += jdbc.sql("select count(*) from " + ended + " a where exists (select 1 from warning.situation s"
                            + " where s.apprentice_id = a.apprentice_id) or exists (select 1 from warning.planned_call p"
                            + " where p.apprentice_id = a.apprentice_id)")
                    .params(params)
                    .query(Integer.class)
                    .single();
            for (String delete : List.of(
                    "delete from warning.notification where apprentice_id in " + ended,
                    "delete from warning.situation_action where situation_id in (select id from warning.situation"
                            + " where apprentice_id in " + ended + ")",
                    "delete from warning.signal where apprentice_id in " + ended,
                    "delete from warning.situation where apprentice_id in " + ended,
                    "delete from warning.risk_review where apprentice_id in " + ended,
                    "delete from warning.risk_score where apprentice_id in " + ended,
                    "delete from warning.call_log where apprentice_id in " + ended,
                    "delete from warning.planned_call where apprentice_id in " + ended,
                    "delete from warning.booklet_activity where apprentice_id in " + ended)) {
                jdbc.sql(delete).params(params).update();
            }
            jdbc.sql("delete from warning.notification where created_at < :cutoff")
                    .param(
                            "cutoff",
                            cutoff.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                    .update();
        }
        return purged;
    }

    private int raise(NewSignal signal) {
        boolean known = signal.dedupKey() != null
                && jdbc.sql("select count(*) from warning.signal where dedup_key = ?")
                                .param(signal.dedupKey())
                                .query(Long.class)
                                .single()
                        > 0;
        if (known) {
            return 0;
        }
        try {
            warning.raiseSignal(signal);
            return 1;
        } catch (InvalidInputException | org.springframework.dao.DataAccessException e) {
            log.warn("Signal non levé pour l'apprenti " + signal.apprenticeId() + " : " + e.getMessage());
            return 0;
        }
    }
}
