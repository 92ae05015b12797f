package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.shared.SchoolYear;
import org.trio.warning.SignalCategory;

/**
 * Calibrates the score on a past school year of a CFA (or a whole network): for each apprentice under contract at the
 * start of each month, the score computed on what was known that day (factors, signals of the window before, weights
 * in force), and whether the contract was broken within the month. The result is stored with its lift by decile.
 */
@Service
class CalibrationService {

    /** The share of the highest scores whose capture of ruptures is reported. */
    static final double TOP_FRACTION = 0.2;

    private final JdbcClient jdbc;
    private final WarningSettings settings;
    private final Clock clock;
    private final AuditTrail audit;

    CalibrationService(JdbcClient jdbc, WarningSettings settings, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    private record Dated(LocalDate day, SignalCategory category) {}

    /** The apprentice-months of the year in the scope, scored as of each month's first day. */
    List<Calibration.Observation> observations(long networkId, @Nullable Long cfaId, SchoolYear year) {
        String scope = " e.network_id = :network" + (cfaId == null ? "" : " and e.cfa_id = :cfa");
        Map<Long, FollowUp.Enrolment> enrolments = new HashMap<>();
        jdbc.sql(FollowUp.ENROLMENT + " e where" + scope + " and school_year = :year order by training_start")
                .param("network", networkId)
                .param("cfa", cfaId == null ? -1L : cfaId)
                .param("year", year.startYear())
                .query(FollowUp.Enrolment.class)
                .list()
                .forEach(enrolment -> enrolments.put(enrolment.apprenticeId(), enrolment));
        Map<Long, List<Dated>> signals = new HashMap<>();
        jdbc.sql("select apprentice_id, observed_on, category from warning.signal e where" + scope
                        + " and observed_on >= :from and observed_on <= :to")
                .param("network", networkId)
                .param("cfa", cfaId == null ? -1L : cfaId)
                .param("from", year.start().minusDays(Threshold.SIGNAL_WINDOW_DAYS.max()))
                .param("to", year.end())
                .query((rs, row) -> signals.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Dated(rs.getDate(2).toLocalDate(), SignalCategory.valueOf(rs.getString(3)))))
                .list();
        List<FollowUp.Contract> contracts = jdbc.sql(FollowUp.CONTRACT
                        + " c where c.start_date <= :end and coalesce(c.rupture_date - 1, c.end_date) >= :start"
                        + " and exists (select 1 from warning.followed_enrolment e where e.apprentice_id ="
                        + " c.apprentice_id and" + scope + " and e.school_year = :year)"
                        + " and not exists (select 1 from warning.risk_objection o where o.apprentice_id ="
                        + " c.apprentice_id)")
                .param("start", year.start())
                .param("end", year.end())
                .param("network", networkId)
                .param("cfa", cfaId == null ? -1L : cfaId)
                .param("year", year.startYear())
                .query(FollowUp.Contract.class)
                .list();
        Map<String, Integer> counts = new HashMap<>();
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate day = year.start(); !day.isAfter(year.end()); day = day.plusMonths(1)) {
            months.add(day);
        }
        Map<LocalDate, RiskWeights> weights = new HashMap<>();
        Map<LocalDate, Integer> windows = new HashMap<>();
        for (FollowUp.Contract contract : contracts) {
            FollowUp.Enrolment enrolment = enrolments.get(contract.apprenticeId());
            for (LocalDate day : months) {
                if (!contract.inForceOn(day)) {
                    continue;
                }
                int window = windows.computeIfAbsent(
                        day, d -> settings.threshold(Threshold.SIGNAL_WINDOW_DAYS, networkId, d));
                Set<SignalCategory> recent = EnumSet.noneOf(SignalCategory.class);
                for (Dated signal : signals.getOrDefault(contract.apprenticeId(), List.of())) {
                    long ago = java.time.temporal.ChronoUnit.DAYS.between(signal.day(), day);
                    if (ago >= 0 && ago < window) {
                        recent.add(signal.category());
                    }
                }
                Set<RiskFactor> factors = RiskScoring.factors(
                        new RiskScoring.Facts(
                                enrolment.diploma(),
                                enrolment.programmeYear(),
                                enrolment.highestDiplomaHeld(),
                                contract.startDate(),
                                recent),
                        day);
                int score = RiskScoring.score(
                                factors, weights.computeIfAbsent(day, d -> settings.weights(networkId, d)))
                        .total();
                LocalDate rupture = contract.ruptureDate();
                boolean ruptured = rupture != null && rupture.isAfter(day) && !rupture.isAfter(day.plusMonths(1));
                counts.merge(score + ":" + Calibration.mask(factors) + ":" + ruptured, 1, Integer::sum);
            }
        }
        List<Calibration.Observation> observations = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split(":");
            observations.add(new Calibration.Observation(
                    Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Boolean.parseBoolean(parts[2]), count));
        });
        return observations;
    }

    @Transactional
    long calibrate(long networkId, @Nullable Long cfaId, SchoolYear year, String by) {
        Calibration.Result result = Calibration.compute(observations(networkId, cfaId, year), TOP_FRACTION);
        long id = jdbc.sql("insert into warning.calibration (network_id, cfa_id, school_year, computed_at, computed_by,"
                        + " observations, ruptures, top_fraction, captured_share) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id")
                .params(
                        networkId,
                        cfaId,
                        year.startYear(),
                        OffsetDateTime.now(clock),
                        by,
                        result.observations(),
                        result.ruptures(),
                        result.topFraction(),
                        result.capturedShare())
                .query(Long.class)
                .single();
        audit.recordRowChange(
                "warning.calibration",
                id,
                null,
                Map.of(),
                AuditTrail.columns(
                        "network_id", networkId, "cfa_id", cfaId, "school_year", year.startYear(), "computed_by", by));
        for (Calibration.Decile decile : result.deciles()) {
            jdbc.sql("insert into warning.calibration_decile (calibration_id, decile, observations, ruptures, lift,"
                            + " cumulative_captured) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            decile.decile(),
                            decile.observations(),
                            decile.ruptures(),
                            decile.lift(),
                            decile.cumulativeCaptured())
                    .update();
        }
        RiskWeights weights = settings.weights(networkId, year.end());
        for (Calibration.FactorRate rate : result.factors().values()) {
            jdbc.sql("insert into warning.calibration_factor (calibration_id, factor, weight, with_factor,"
                            + " ruptures_with, without_factor, ruptures_without) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            rate.factor().name(),
                            weights.of(rate.factor()),
                            rate.with(),
                            rate.rupturesWith(),
                            rate.without(),
                            rate.rupturesWithout())
                    .update();
        }
        return id;
    }

    record Stored(
            long id,
            long networkId,
            @Nullable Long cfaId,
            int schoolYear,
            OffsetDateTime computedAt,
            String computedBy,
            int observations,
            int ruptures,
            double topFraction,
            @Nullable Double capturedShare) {

        public String schoolYearLabel() {
            return new SchoolYear(schoolYear).label();
        }
    }

    record StoredDecile(
            int decile,
            double observations,
            double ruptures,
            @Nullable Double lift,
            @Nullable Double cumulativeCaptured) {}

    record StoredFactor(
            String factor, int weight, int withFactor, int rupturesWith, int withoutFactor, int rupturesWithout) {

        @Nullable
        public Double rateWith() {
            return withFactor == 0 ? null : (double) rupturesWith / withFactor;
        }

        @Nullable
        public Double rateWithout() {
            return withoutFactor == 0 ? null : (double) rupturesWithout / withoutFactor;
        }

        public String messageKey() {
            return RiskFactor.valueOf(factor).messageKey();
        }
    }

    Optional<Stored> latest(long networkId, @Nullable Long cfaId) {
        return jdbc.sql("select id, network_id, cfa_id, school_year, computed_at, computed_by, observations, ruptures,"
                        + " top_fraction, captured_share from warning.calibration where network_id = ? and"
                        + " cfa_id is not distinct from ? order by computed_at desc, id desc limit 1")
                .params(networkId, cfaId)
                .query(Stored.class)
                .optional();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select id, network_id, cfa_id, school_year, computed_at, computed_by, observations, ruptures,"
                        + " top_fraction, captured_share from warning.calibration where id = ?")
                .param(id)
                .query(Stored.class)
                .optional();
    }

    List<StoredDecile> deciles(long calibrationId) {
        return jdbc.sql("select decile, observations, ruptures, lift, cumulative_captured"
                        + " from warning.calibration_decile where calibration_id = ? order by decile")
                .param(calibrationId)
                .query(StoredDecile.class)
                .list();
    }

    List<StoredFactor> factors(long calibrationId) {
        return jdbc
                .sql("select factor, weight, with_factor, ruptures_with, without_factor, ruptures_without"
                        + " from warning.calibration_factor where calibration_id = ?")
                .param(calibrationId)
                .query(StoredFactor.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(factor -> RiskFactor.valueOf(factor.factor())))
                .toList();
    }
}
