package org.trio.visit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.platform.db.TransactionLocks;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * The visit policy as the CFA's direction reads and changes it: the rules of the CFA (for all its programmes, or for
 * one) replaced from a contract start date on. A change closes the scope's rules in force the day before, adds the new
 * ones, writes each row to the audit trail and computes again the due visits of the CFA's running contracts that start
 * on or after that date — all in one transaction.
 */
@Service
class VisitPolicies {

    /** Where a set of rules applies: one CFA, for one programme or for all. */
    record Scope(long cfaId, @Nullable Long programmeId) {}

    /** Which set of rules applies to a scope, the most specific first. */
    enum Source {
        CFA_PROGRAMME,
        PROGRAMME,
        CFA,
        DEFAULT,
        NONE
    }

    /** What a change did. */
    record Change(int rules, int recomputed) {}

    static final int MAX_RULES = 10;
    static final int MIN_MONTHS = -24;
    static final int MAX_MONTHS = 48;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,20}");

    private final DuePlanner planner;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    VisitPolicies(DuePlanner planner, JdbcClient jdbc, AuditTrail audit) {
        this.planner = planner;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The rules a contract of the CFA (and programme) starting on the day is due visits under. */
    @Transactional(readOnly = true)
    List<PolicyRule> inForce(@Nullable Long cfaId, @Nullable Long programmeId, LocalDate day) {
        return VisitPolicy.applicable(planner.rules(), cfaId, programmeId, day);
    }

    static Source sourceOf(List<PolicyRule> rules) {
        if (rules.isEmpty()) {
            return Source.NONE;
        }
        PolicyRule rule = rules.get(0);
        if (rule.cfaId() != null) {
            return rule.programmeId() != null ? Source.CFA_PROGRAMME : Source.CFA;
        }
        return rule.programmeId() != null ? Source.PROGRAMME : Source.DEFAULT;
    }

    /** Every rule the scope ever had (its own, not inherited), the latest first. */
    @Transactional(readOnly = true)
    List<PolicyRule> history(Scope scope) {
        return planner.rules().stream()
                .filter(rule -> Objects.equals(rule.cfaId(), scope.cfaId())
                        && Objects.equals(rule.programmeId(), scope.programmeId()))
                .sorted(java.util.Comparator.comparing(PolicyRule::validFrom)
                        .reversed()
                        .thenComparingInt(PolicyRule::position))
                .toList();
    }

    /**
     * Replaces the scope's rules for the contracts starting on or after the form's date, then plans again the due
     * visits of the CFA's contracts (of the programme) starting on or after it and not ended before {@code today}.
     *
     * @throws InvalidInputException naming the field at fault; nothing is saved then
     */
    @Transactional
    Change replace(Scope scope, PolicyForm form, LocalDate today) {
        // one change of a scope at a time: a second director saving at once waits, then sees the first one's rules
        TransactionLocks.lock(
                jdbc,
                (int) scope.cfaId(),
                scope.programmeId() == null ? 0 : scope.programmeId().intValue());
        List<Problem> problems = new ArrayList<>();
        List<PolicyForm.Row> kept = check(form, problems);
        LocalDate validFrom = form.getValidFrom();
        List<Row> open = List.of();
        if (validFrom != null) {
            open = jdbc.sql("select id, valid_from, valid_to from visit.policy_rule where cfa_id = :cfa and"
                            + " programme_id is not distinct from :programme and (valid_to is null or valid_to >="
                            + " :from) order by valid_from desc")
                    .param("cfa", scope.cfaId())
                    .param("programme", scope.programmeId())
                    .param("from", validFrom)
                    .query(Row.class)
                    .list();
            Optional<Row> later = open.stream()
                    .filter(row -> !row.validFrom().isBefore(validFrom))
                    .findFirst();
            later.ifPresent(row -> problems.add(Problem.of(
                    "validFrom",
                    "visit.policy.validFrom.afterLast",
                    row.validFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate dayBefore = validFrom.minusDays(1);
        for (Row row : open) {
            jdbc.sql("update visit.policy_rule set valid_to = ? where id = ?")
                    .params(dayBefore, row.id())
                    .update();
            audit.recordRowChange(
                    "visit.policy_rule",
                    row.id(),
                    null,
                    AuditTrail.columns("valid_to", row.validTo()),
                    AuditTrail.columns("valid_to", dayBefore));
        }
        int position = 1;
        for (PolicyForm.Row rule : kept) {
            String code = rule.getCode().strip();
            String label = rule.getLabel().strip();
            long id = jdbc.sql("insert into visit.policy_rule (cfa_id, programme_id, code, label, from_anchor,"
                            + " from_months, to_anchor, to_months, valid_from, position) values (?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?) returning id")
                    .params(
                            scope.cfaId(),
                            scope.programmeId(),
                            code,
                            label,
                            rule.getFromAnchor().name(),
                            rule.getFromMonths(),
                            rule.getToAnchor().name(),
                            rule.getToMonths(),
                            validFrom,
                            position)
                    .query(Long.class)
                    .single();
            audit.recordRowChange(
                    "visit.policy_rule",
                    id,
                    null,
                    java.util.Map.of(),
                    AuditTrail.columns(
                            "cfa_id", scope.cfaId(),
                            "programme_id", scope.programmeId(),
                            "code", code,
                            "label", label,
                            "from_anchor", rule.getFromAnchor().name(),
                            "from_months", rule.getFromMonths(),
                            "to_anchor", rule.getToAnchor().name(),
                            "to_months", rule.getToMonths(),
                            "valid_from", validFrom,
                            "position", position));
            position++;
        }
        return new Change(kept.size(), recompute(scope, validFrom, today));
    }

    private record Row(
            long id, LocalDate validFrom, @Nullable LocalDate validTo) {}

    /** The contracts of the CFA whose due visits the change may move, planned again under the new rules. */
    private int recompute(Scope scope, LocalDate validFrom, LocalDate today) {
        List<Long> contracts = jdbc.sql("select contract_id from visit.due_visit where cfa_id = :cfa union select"
                        + " contract_id from visit.visit where cfa_id = :cfa order by 1")
                .param("cfa", scope.cfaId())
                .query(Long.class)
                .list();
        List<PolicyRule> rules = planner.rules();
        int recomputed = 0;
        for (long contractId : contracts) {
            Optional<FollowedContract> found = planner.followed(contractId);
            if (found.isEmpty()) {
                continue;
            }
            FollowedContract contract = found.get();
            if (contract.cfaId() == scope.cfaId()
                    && (scope.programmeId() == null || Objects.equals(scope.programmeId(), contract.programmeId()))
                    && !contract.start().isBefore(validFrom)
                    && !contract.lastDay().isBefore(today)) {
                planner.plan(contract, rules);
                recomputed++;
            }
        }
        return recomputed;
    }

    private static List<PolicyForm.Row> check(PolicyForm form, List<Problem> problems) {
        if (form.getValidFrom() == null) {
            problems.add(Problem.of("validFrom", "visit.policy.validFrom.required"));
        }
        List<PolicyForm.Row> kept = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<PolicyForm.Row> rows = form.getRules();
        for (int i = 0; i < rows.size(); i++) {
            PolicyForm.Row row = rows.get(i);
            if (row == null || row.isRemoved() || row.blank()) {
                continue;
            }
            int number = i + 1;
            String field = "rules[" + i + "].";
            String code = row.getCode() == null ? "" : row.getCode().strip();
            if (code.isEmpty()) {
                problems.add(Problem.of(field + "code", "visit.policy.code.required", number));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(Problem.of(field + "code", "visit.policy.code.invalid", number));
            } else if (!codes.add(code)) {
                problems.add(Problem.of(field + "code", "visit.policy.code.duplicate", number, code));
            }
            String label = row.getLabel() == null ? "" : row.getLabel().strip();
            if (label.isEmpty()) {
                problems.add(Problem.of(field + "label", "visit.policy.label.required", number));
            } else if (label.length() > 200) {
                problems.add(Problem.of(field + "label", "visit.policy.label.size", number));
            }
            if (row.getFromAnchor() == null) {
                problems.add(Problem.of(field + "fromAnchor", "visit.policy.fromAnchor.required", number));
            }
            if (row.getToAnchor() == null) {
                problems.add(Problem.of(field + "toAnchor", "visit.policy.toAnchor.required", number));
            }
            boolean months =
                    months(problems, field + "fromMonths", "visit.policy.fromMonths", row.getFromMonths(), number);
            months &= months(problems, field + "toMonths", "visit.policy.toMonths", row.getToMonths(), number);
            if (months
                    && row.getFromAnchor() != null
                    && row.getFromAnchor() == row.getToAnchor()
                    && row.getToMonths() < row.getFromMonths()) {
                problems.add(Problem.of(field + "toMonths", "visit.policy.window.order", number));
            }
            kept.add(row);
        }
        if (kept.isEmpty()) {
            problems.add(Problem.of(null, "visit.policy.empty"));
        } else if (kept.size() > MAX_RULES) {
            problems.add(Problem.of(null, "visit.policy.tooMany", MAX_RULES));
        }
        return kept;
    }

    private static boolean months(
            List<Problem> problems, String field, String code, @Nullable Integer value, int number) {
        if (value == null) {
            problems.add(Problem.of(field, code + ".required", number));
            return false;
        }
        if (value < MIN_MONTHS || value > MAX_MONTHS) {
            problems.add(Problem.of(field, code + ".range", number, MIN_MONTHS, MAX_MONTHS));
            return false;
        }
        return true;
    }
}
