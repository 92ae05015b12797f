package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trio.shared.InvalidInputException;

/**
 * The dated settings of the early warning: the call calendar, the thresholds and the risk weights. A change never
 * rewrites the past: it takes effect from a day that is not before today, closes the row in force and replaces the
 * changes that were planned from that day on.
 */
@Component
class WarningSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    WarningSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record PolicyRow(
            long id,
            @Nullable Long networkId,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            String earlyWeeks,
            int trialEndNoticeDays,
            int monthlyMonths,
            int termMonths,
            int minGapDays,
            String changedBy) {

        CallPolicy policy() {
            return new CallPolicy(
                    CallPolicy.parseWeeks(earlyWeeks), trialEndNoticeDays, monthlyMonths, termMonths, minGapDays);
        }
    }

    record ValueRow(
            long id,
            @Nullable Long networkId,
            String name,
            int value,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            String changedBy) {}

    CallPolicy callPolicy(@Nullable Long networkId, LocalDate day) {
        List<Dated<CallPolicy>> rows = policyRows().stream()
                .map(row -> new Dated<>(row.networkId(), row.validFrom(), row.validTo(), row.policy()))
                .toList();
        return Dated.on(rows, networkId, day)
                .orElseThrow(() -> new IllegalStateException("Aucun calendrier d'appels en vigueur le " + day));
    }

    int threshold(Threshold threshold, @Nullable Long networkId, LocalDate day) {
        List<Dated<Integer>> rows = thresholdRows().stream()
                .filter(row -> row.name().equals(threshold.name()))
                .map(row -> new Dated<>(row.networkId(), row.validFrom(), row.validTo(), row.value()))
                .toList();
        return Dated.on(rows, networkId, day)
                .orElseThrow(() -> new IllegalStateException("Aucun seuil " + threshold + " en vigueur le " + day));
    }

    RiskWeights weights(@Nullable Long networkId, LocalDate day) {
        List<ValueRow> all = weightRows();
        Map<RiskFactor, Integer> weights = new EnumMap<>(RiskFactor.class);
        for (RiskFactor factor : RiskFactor.values()) {
            List<Dated<Integer>> rows = all.stream()
                    .filter(row -> row.name().equals(factor.name()))
                    .map(row -> new Dated<>(row.networkId(), row.validFrom(), row.validTo(), row.value()))
                    .toList();
            weights.put(factor, Dated.on(rows, networkId, day).orElse(0));
        }
        return new RiskWeights(weights);
    }

    List<PolicyRow> policyRows() {
        return jdbc.sql("select id, network_id, valid_from, valid_to, early_weeks, trial_end_notice_days,"
                        + " monthly_months, term_months, min_gap_days, changed_by from warning.call_policy"
                        + " order by valid_from, id")
                .query(PolicyRow.class)
                .list();
    }

    List<ValueRow> thresholdRows() {
        return jdbc.sql("select id, network_id, kind as name, value, valid_from, valid_to, changed_by"
                        + " from warning.threshold order by kind, valid_from, id")
                .query(ValueRow.class)
                .list();
    }

    List<ValueRow> weightRows() {
        return jdbc.sql("select id, network_id, factor as name, weight as value, valid_from, valid_to, changed_by"
                        + " from warning.risk_weight order by factor, valid_from, id")
                .query(ValueRow.class)
                .list();
    }

    @Transactional
    void changeCallPolicy(long networkId, LocalDate validFrom, CallPolicy policy, String by) {
        checkFrom(validFrom);
        close("warning.call_policy", "true", networkId, validFrom);
        jdbc.sql("insert into warning.call_policy (network_id, valid_from, early_weeks, trial_end_notice_days,"
                        + " monthly_months, term_months, min_gap_days, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        networkId,
                        validFrom,
                        policy.earlyWeeksText(),
                        policy.trialEndNoticeDays(),
                        policy.monthlyMonths(),
                        policy.termMonths(),
                        policy.minGapDays(),
                        by,
                        OffsetDateTime.now(clock))
                .update();
    }

    @Transactional
    void changeThreshold(long networkId, Threshold threshold, int value, LocalDate validFrom, String by) {
        checkFrom(validFrom);
        if (value < threshold.min() || value > threshold.max()) {
            throw InvalidInputException.of("value", "warning.settings.value.range", threshold.min(), threshold.max());
        }
        close("warning.threshold", "kind = '" + threshold.name() + "'", networkId, validFrom);
        jdbc.sql("insert into warning.threshold (network_id, kind, value, valid_from, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(networkId, threshold.name(), value, validFrom, by, OffsetDateTime.now(clock))
                .update();
    }

    @Transactional
    void changeWeight(long networkId, RiskFactor factor, int weight, LocalDate validFrom, String by) {
        checkFrom(validFrom);
        if (weight < 0 || weight > 100) {
            throw InvalidInputException.of("value", "warning.settings.value.range", 0, 100);
        }
        close("warning.risk_weight", "factor = '" + factor.name() + "'", networkId, validFrom);
        jdbc.sql("insert into warning.risk_weight (network_id, factor, weight, valid_from, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(networkId, factor.name(), weight, validFrom, by, OffsetDateTime.now(clock))
                .update();
    }

    private void checkFrom(LocalDate validFrom) {
        if (validFrom == null) {
            throw InvalidInputException.of("validFrom", "warning.settings.validFrom.required");
        }
        if (validFrom.isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.of("validFrom", "warning.settings.validFrom.past");
        }
    }

    /** Ends the network's row in force the day before {@code from} and drops its rows planned from that day on. */
    private void close(String table, String condition, long networkId, LocalDate from) {
        jdbc.sql("delete from " + table + " where network_id = ? and " + condition + " and valid_from >= ?")
                .params(networkId, from)
                .update();
        jdbc.sql("update " + table + " set valid_to = ? where network_id = ? and " + condition
                        + " and (valid_to is null or valid_to >= ?)")
                .params(from.minusDays(1), networkId, from)
                .update();
    }
}
