package org.trio.visit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.trio.shared.PublicHolidays;
import org.trio.visit.DueVisit;

/**
 * The visits a contract is due: the rules of its programme valid on its start date (or else the default rules valid
 * then), each giving a window. A window that would open after the contract's last day (a rupture) is not due; one
 * that would close after it is cut at that day.
 */
final class VisitPolicy {

    /** The legal trial period of an apprenticeship contract: 45 days of practical training in the company. */
    static final int TRIAL_PERIOD_COMPANY_DAYS = 45;

    /** The dates of a contract the windows are measured from. */
    record ContractDates(long contractId, LocalDate start, LocalDate end, LocalDate lastDay, LocalDate trialEnd) {}

    private VisitPolicy() {}

    static List<PolicyRule> applicable(List<PolicyRule> rules, long programmeId, LocalDate contractStart) {
        return applicable(rules, null, programmeId, contractStart);
    }

    /**
     * The rules for a contract of the CFA and programme starting on the day: the most specific set valid that day — the
     * CFA's for the programme, the programme's, the CFA's, then the default ones — in their order.
     */
    static List<PolicyRule> applicable(
            List<PolicyRule> rules, @Nullable Long cfaId, @Nullable Long programmeId, LocalDate contractStart) {
        List<List<Long>> scopes = new ArrayList<>();
        if (cfaId != null && programmeId != null) {
            scopes.add(java.util.Arrays.asList(cfaId, programmeId));
        }
        if (programmeId != null) {
            scopes.add(java.util.Arrays.asList(null, programmeId));
        }
        if (cfaId != null) {
            scopes.add(java.util.Arrays.asList(cfaId, null));
        }
        scopes.add(java.util.Arrays.asList(null, null));
        for (List<Long> scope : scopes) {
            List<PolicyRule> chosen = rules.stream()
                    .filter(rule -> Objects.equals(rule.cfaId(), scope.get(0))
                            && Objects.equals(rule.programmeId(), scope.get(1))
                            && rule.validOn(contractStart))
                    .sorted(Comparator.comparingInt(PolicyRule::position))
                    .toList();
            if (!chosen.isEmpty()) {
                return chosen;
            }
        }
        return List.of();
    }

    static List<DueVisit> dueVisits(ContractDates contract, List<PolicyRule> rules) {
        List<DueVisit> due = new ArrayList<>();
        for (PolicyRule rule : rules) {
            LocalDate start = anchor(contract, rule.fromAnchor()).plusMonths(rule.fromMonths());
            LocalDate end = anchor(contract, rule.toAnchor()).plusMonths(rule.toMonths());
            if (start.isBefore(contract.start())) {
                start = contract.start();
            }
            if (start.isAfter(contract.lastDay())) {
                continue;
            }
            if (end.isAfter(contract.lastDay())) {
                end = contract.lastDay();
            }
            if (end.isBefore(start)) {
                end = start;
            }
            due.add(new DueVisit(contract.contractId(), rule.code(), rule.label(), start, end));
        }
        return due;
    }

    private static LocalDate anchor(ContractDates contract, PolicyRule.Anchor anchor) {
        return switch (anchor) {
            case START -> contract.start();
            case TRIAL_END -> contract.trialEnd();
            case END -> contract.end();
        };
    }

    /**
     * The end of the trial period when the alternance calendar is not known: 45 working days (Monday to Friday,
     * public holidays excluded) from the start of practical training, as if every day were spent in the company.
     */
    static LocalDate trialEndWithoutCalendar(LocalDate practicalStart) {
        LocalDate day = practicalStart;
        int count = PublicHolidays.isWorkingDay(day) ? 1 : 0;
        while (count < TRIAL_PERIOD_COMPANY_DAYS) {
            day = day.plusDays(1);
            if (PublicHolidays.isWorkingDay(day)) {
                count++;
            }
        }
        return day;
    }
}
