package org.trio.attendance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.attendance.AbsenceThresholdReached;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.ThresholdKind;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.DateRange;
import org.trio.shared.InvalidInputException;

/**
 * Configurable thresholds of absence (dated rows, per CFA, network or default) and their check: when an apprentice's
 * month reaches a threshold, an alert is stored once and {@link AbsenceThresholdReached} is published for the early
 * warning.
 */
@Service
@Transactional
class ThresholdService {

    static final BigDecimal MAX_VALUE = new BigDecimal("999");

    private final AbsenceThresholds thresholds;
    private final AttendanceQueries queries;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThresholdService(
            AbsenceThresholds thresholds,
            AttendanceQueries queries,
            ReferentialManagement referential,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.thresholds = thresholds;
        this.queries = queries;
        this.referential = referential;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ThresholdRules.Row> rows() {
        return thresholds.findAll().stream().map(AbsenceThreshold::toRow).toList();
    }

    /** The value in force on a day for a CFA of a network. */
    @Transactional(readOnly = true)
    Optional<BigDecimal> valueFor(ThresholdKind kind, long networkId, long cfaId, LocalDate day) {
        return ThresholdRules.applicable(rows(), kind, networkId, cfaId, day).map(ThresholdRules.Row::value);
    }

    /** Checks the month of each apprentice against the thresholds in force at the end of the month. */
    void check(Collection<Long> apprenticeIds, YearMonth month) {
        if (apprenticeIds.isEmpty()) {
            return;
        }
        DateRange period = new DateRange(month.atDay(1), month.atEndOfMonth());
        Map<Long, AttendanceSummary> figures = queries.summariesBy(
                "apprentice_id", "r.apprentice_id in (:ids)", AttendanceQueries.ids("ids", apprenticeIds), period);
        Map<Long, ApprenticeInfo> people = referential.apprentices(apprenticeIds);
        List<ThresholdRules.Row> rows = rows();
        for (long apprenticeId : apprenticeIds) {
            ApprenticeInfo person = people.get(apprenticeId);
            AttendanceSummary summary = figures.getOrDefault(apprenticeId, AttendanceSummary.EMPTY);
            if (person == null) {
                continue;
            }
            for (ThresholdKind kind : ThresholdKind.values()) {
                Optional<ThresholdRules.Row> threshold =
                        ThresholdRules.applicable(rows, kind, person.networkId(), person.cfaId(), period.end());
                if (threshold.isEmpty()) {
                    continue;
                }
                BigDecimal measured = measured(kind, summary);
                if (ThresholdRules.reached(measured, threshold.get().value())) {
                    raise(apprenticeId, kind, measured, threshold.get().value(), period);
                }
            }
        }
    }

    static BigDecimal measured(ThresholdKind kind, AttendanceSummary summary) {
        return switch (kind) {
            case UNJUSTIFIED_HOURS_PER_MONTH -> summary.unjustifiedAbsenceHours();
            case LATE_ARRIVALS_PER_MONTH -> BigDecimal.valueOf(summary.lateArrivals());
        };
    }

    private void raise(
            long apprenticeId, ThresholdKind kind, BigDecimal measured, BigDecimal threshold, DateRange period) {
        int inserted = jdbc.sql("""
                        insert into attendance.threshold_alert
                          (apprentice_id, kind, period_start, period_end, measured, threshold, raised_at)
                        values (:apprentice, :kind, :start, :end, :measured, :threshold, :at)
                        on conflict (apprentice_id, kind, period_start) do nothing
                        """)
                .param("apprentice", apprenticeId)
                .param("kind", kind.name())
                .param("start", period.start())
                .param("end", period.end())
                .param("measured", measured)
                .param("threshold", threshold)
                .param("at", OffsetDateTime.now(clock))
                .update();
        if (inserted == 1) {
            events.publishEvent(
                    new AbsenceThresholdReached(apprenticeId, kind, measured, threshold, period.start(), period.end()));
        }
    }

    /**
     * Sets a new value from a day on, for a CFA, a network or everyone (both null): the value in force for that scope
     * is closed the day before.
     */
    void define(
            @Nullable Long networkId,
            @Nullable Long cfaId,
            ThresholdKind kind,
            BigDecimal value,
            LocalDate validFrom,
            String by) {
        if (value.signum() <= 0 || value.compareTo(MAX_VALUE) > 0) {
            throw InvalidInputException.of("value", "attendance.threshold.value.range");
        }
        List<AbsenceThreshold> open = thresholds.findAll().stream()
                .filter(row -> row.kind == kind
                        && java.util.Objects.equals(row.networkId, networkId)
                        && java.util.Objects.equals(row.cfaId, cfaId)
                        && row.validTo == null)
                .toList();
        for (AbsenceThreshold current : open) {
            if (!current.validFrom.isBefore(validFrom)) {
                throw InvalidInputException.of(
                        "validFrom",
                        "attendance.threshold.valid-from.order",
                        TimetableService.DAY.format(current.validFrom));
            }
            current.closeBefore(validFrom);
        }
        thresholds.save(new AbsenceThreshold(
                networkId,
                cfaId,
                kind,
                value.setScale(2, RoundingMode.HALF_UP),
                validFrom,
                OffsetDateTime.now(clock),
                by));
    }
}
