package org.trio.visit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.platform.db.TransactionLocks;
import org.trio.visit.DueVisit;

/**
 * Computes the visits each contract is due from the visit policy and keeps them in {@code visit.due_visit}: when a
 * contract is signed, when its visits are read, and for the demo network in bulk.
 */
@Component
class DuePlanner {

    /** First key of the transaction lock taken while a contract's due visits are replaced. */
    private static final int PLANNING_LOCK = 0x7669_7369; // "visi"

    private final ContractManagement contracts;
    private final EnrolmentManagement enrolments;
    private final CalendarManagement calendars;
    private final JdbcClient jdbc;

    DuePlanner(
            ContractManagement contracts,
            EnrolmentManagement enrolments,
            CalendarManagement calendars,
            JdbcClient jdbc) {
        this.contracts = contracts;
        this.enrolments = enrolments;
        this.calendars = calendars;
        this.jdbc = jdbc;
    }

    Optional<FollowedContract> followed(long contractId) {
        Optional<ContractInfo> found = contracts.contract(contractId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ContractInfo contract = found.get();
        Optional<EnrolmentInfo> enrolment = enrolments.enrolment(contract.enrolmentId());
        return enrolment.map(e -> new FollowedContract(
                contract.id(),
                contract.apprenticeId(),
                e.programmeId(),
                e.cfaId(),
                e.siteId(),
                e.tutorStaffId(),
                contract.mentor1Id(),
                contract.mentor2Id(),
                contract.startDate(),
                contract.endDate(),
                contract.lastDay(),
                contract.practicalTrainingStart()));
    }

    List<PolicyRule> rules() {
        return jdbc.sql("select programme_id, code, label, from_anchor, from_months, to_anchor, to_months, valid_from,"
                        + " valid_to, position, cfa_id from visit.policy_rule order by position, id")
                .query(PolicyRule.class)
                .list();
    }

    /** The contract's due visits under the policy (computed, not stored). */
    List<DueVisit> compute(FollowedContract contract, List<PolicyRule> rules) {
        LocalDate trialEnd = calendars
                .nthCompanyDay(contract.contractId(), contract.practicalStart(), VisitPolicy.TRIAL_PERIOD_COMPANY_DAYS)
                .orElseGet(() -> VisitPolicy.trialEndWithoutCalendar(contract.practicalStart()));
        return VisitPolicy.dueVisits(
                new VisitPolicy.ContractDates(
                        contract.contractId(), contract.start(), contract.end(), contract.lastDay(), trialEnd),
                VisitPolicy.applicable(rules, contract.cfaId(), contract.programmeId(), contract.start()));
    }

    /** Computes and stores the contract's due visits; returns them. */
    @Transactional
    List<DueVisit> plan(long contractId) {
        Optional<FollowedContract> contract = followed(contractId);
        if (contract.isEmpty()) {
            return List.of();
        }
        return plan(contract.get(), rules());
    }

    /** Computes and stores the due visits of a contract already read, under the given rules; returns them. */
    @Transactional
    List<DueVisit> plan(FollowedContract followed, List<PolicyRule> rules) {
        long contractId = followed.contractId();
        List<DueVisit> due = compute(followed, rules);
        // Two plannings of one contract (signature and amendment heard at once) run one after the other: without this
        // lock both would delete nothing yet visible to the other, then insert the same (contract, rule) rows twice.
        TransactionLocks.lock(jdbc, PLANNING_LOCK, Long.hashCode(contractId));
        jdbc.sql("delete from visit.due_visit where contract_id = ?")
                .param(contractId)
                .update();
        int position = 0;
        for (DueVisit visit : due) {
            jdbc.sql("insert into visit.due_visit (contract_id, apprentice_id, cfa_id, site_id, tutor_staff_id,"
                            + " rule_code, label, window_start, window_end, position) values (?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?)")
                    .params(
                            contractId,
                            followed.apprenticeId(),
                            followed.cfaId(),
                            followed.siteId(),
                            followed.tutorStaffId(),
                            visit.ruleCode(),
                            visit.label(),
                            visit.windowStart(),
                            visit.windowEnd(),
                            position++)
                    .update();
        }
        return due;
    }
}
