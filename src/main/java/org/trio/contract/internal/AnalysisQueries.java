package org.trio.contract.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.ApprenticeScope;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.RuptureLegalMode;
import org.trio.shared.SchoolYear;

/**
 * The SQL of the rupture analysis: the active enrolments of a school year at the reference date and its ruptures nettes,
 * grouped by the dimensions the tables need, and the per-rupture facts of the cost.
 */
@Service
@Transactional(readOnly = true)
class AnalysisQueries {

    /** Which year, at which date, over which organisations. */
    record Request(int schoolYear, LocalDate referenceDate, Long cfaId, Long siteId) {

        /** The default reference date of a school year: 15 August after its end (seed 002). */
        static LocalDate defaultReferenceDate(int schoolYear) {
            return LocalDate.of(schoolYear + 1, 8, 15);
        }

        LocalDate yearStart() {
            return new SchoolYear(schoolYear).start();
        }
    }

    /** Active enrolments of one group. */
    record ActiveGroup(long cfaId, Long siteId, long programmeId, int programmeYear, long count) {}

    /** Ruptures nettes of one group. */
    record RuptureGroup(
            long cfaId,
            Long siteId,
            long programmeId,
            int programmeYear,
            String diplomaHeld,
            Long expressedMotiveId,
            Long validatedMotiveId,
            LocalDate month,
            AnalysisPeriod period,
            long count) {}

    /** One rupture nette with what its cost needs. */
    record CostFact(
            long ruptureId,
            long cfaId,
            Long siteId,
            long programmeId,
            boolean distanceLearning,
            LocalDate start,
            LocalDate plannedEnd,
            LocalDate rupture,
            RuptureLegalMode mode,
            String contractType) {}

    /** Statuses counted as "inscrits actifs": inscrit, apprenti, fin de formation (not rupturant, not abandon). */
    static final String ACTIVE_STATUSES = "(1, 2, 5)";

    private final JdbcClient jdbc;

    AnalysisQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The enrolments of the school year active at the reference date: their status on that date (or on the last day
     * of their session when it ended before) is inscrit, apprenti or fin de formation.
     */
    List<ActiveGroup> active(Request request, ApprenticeScope scope) {
        return jdbc.sql("""
                        select e.cfa_id, e.site_id, e.programme_id, e.programme_year, count(*)
                          from contract.enrolment e
                          join contract.status_period p on p.enrolment_id = e.id
                           and p.start_date <= least(:day, e.training_end) and p.end_date >= least(:day, e.training_end)
                         where e.school_year = :year and p.status in %s and %s%s
                         group by 1, 2, 3, 4""".formatted(
                                ACTIVE_STATUSES, scope.sql("e.cfa_id", "e.site_id", "e.apprentice_id"), where(request)))
                .params(parameters(request, scope))
                .query((rs, row) -> new ActiveGroup(
                        rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getInt(4), rs.getLong(5)))
                .list();
    }

    /** The ruptures nettes of the school year up to the reference date, grouped by every dimension of the tables. */
    List<RuptureGroup> ruptures(Request request, ApprenticeScope scope) {
        return jdbc.sql("""
                        select e.cfa_id, e.site_id, e.programme_id, e.programme_year,
                               coalesce(e.highest_diploma_held, '99'), r.expressed_motive_id, r.validated_motive_id,
                               date_trunc('month', r.rupture_date)::date, r.analysis_period, count(*)
                          from contract.rupture r join contract.enrolment e on e.id = r.enrolment_id
                         where r.school_year = :year and r.rupture_date <= :day and %s and %s%s
                         group by 1, 2, 3, 4, 5, 6, 7, 8, 9""".formatted(
                                RuptureRules.netCondition("r"),
                                scope.sql("e.cfa_id", "e.site_id", "e.apprentice_id"),
                                where(request)))
                .params(parameters(request, scope))
                .query((rs, row) -> new RuptureGroup(
                        rs.getLong(1),
                        (Long) rs.getObject(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getString(5),
                        (Long) rs.getObject(6),
                        (Long) rs.getObject(7),
                        rs.getDate(8).toLocalDate(),
                        AnalysisPeriod.valueOf(rs.getString(9)),
                        rs.getLong(10)))
                .list();
    }

    /** The facts of every rupture nette of the year that its cost needs. */
    List<CostFact> costFacts(Request request, ApprenticeScope scope) {
        return jdbc.sql("""
                        select r.id, e.cfa_id, e.site_id, e.programme_id, e.distance_learning, c.start_date,
                               coalesce(c.original_end_date, c.end_date), r.rupture_date, r.legal_mode, c.contract_type
                          from contract.rupture r join contract.enrolment e on e.id = r.enrolment_id
                          join contract.apprenticeship_contract c on c.id = r.contract_id
                         where r.school_year = :year and r.rupture_date <= :day and %s and %s%s""".formatted(
                                RuptureRules.netCondition("r"),
                                scope.sql("e.cfa_id", "e.site_id", "e.apprentice_id"),
                                where(request)))
                .params(parameters(request, scope))
                .query((rs, row) -> new CostFact(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3),
                        rs.getLong(4),
                        rs.getBoolean(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getDate(7).toLocalDate(),
                        rs.getDate(8).toLocalDate(),
                        rs.getString(9) == null ? null : RuptureLegalMode.valueOf(rs.getString(9)),
                        rs.getString(10)))
                .list();
    }

    /** The dated NPEC of every certification (funding_level rows). */
    record FundingLevelHistory(Map<String, List<DatedAmount>> byCertification) {

        /** An NPEC amount and the days it is in force (to null: still in force). */
        record DatedAmount(LocalDate validFrom, LocalDate validTo, BigDecimal amount) {}

        /** The NPEC of a certification in force on a day, or null when none was. */
        BigDecimal on(String certification, LocalDate day) {
            if (certification == null) {
                return null;
            }
            for (DatedAmount level : byCertification.getOrDefault(certification, List.of())) {
                if (!level.validFrom().isAfter(day)
                        && (level.validTo() == null || !level.validTo().isBefore(day))) {
                    return level.amount();
                }
            }
            return null;
        }
    }

    /**
     * Every certification's dated NPEC: the cost of a rupture takes the NPEC in force on its contract's start, not the
     * one in force on the reference date.
     */
    FundingLevelHistory fundingLevels() {
        Map<String, List<FundingLevelHistory.DatedAmount>> levels = new HashMap<>();
        jdbc.sql("select certification, valid_from, valid_to, amount from contract.funding_level order by valid_from")
                .query((rs, row) -> levels.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                        .add(new FundingLevelHistory.DatedAmount(
                                rs.getDate(2).toLocalDate(),
                                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                                rs.getBigDecimal(4))))
                .list();
        return new FundingLevelHistory(levels);
    }

    List<FundingCost.Rule> fundingRules() {
        return jdbc.sql("""
                        select valid_from, valid_to, proration, instalments, distance_threshold_percent,
                               distance_reduction_percent, distance_floor, employer_contribution_levels,
                               employer_contribution, employer_contribution_new_employer, trial_contribution_percent
                          from contract.funding_rule order by valid_from""")
                .query((rs, row) -> new FundingCost.Rule(
                        rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        FundingCost.Proration.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        (Integer) rs.getObject(11)))
                .list();
    }

    Map<Long, String> motiveLabels() {
        Map<Long, String> labels = new HashMap<>();
        jdbc.sql("select id, label from contract.rupture_motive")
                .query((rs, row) -> labels.put(rs.getLong(1), rs.getString(2)))
                .list();
        return labels;
    }

    private static String where(Request request) {
        List<String> conditions = new ArrayList<>();
        if (request.cfaId() != null) {
            conditions.add(" and e.cfa_id = :cfa");
        }
        if (request.siteId() != null) {
            conditions.add(" and e.site_id = :site");
        }
        return String.join("", conditions);
    }

    private static Map<String, Object> parameters(Request request, ApprenticeScope scope) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("year", request.schoolYear());
        parameters.put("day", request.referenceDate());
        if (request.cfaId() != null) {
            parameters.put("cfa", request.cfaId());
        }
        if (request.siteId() != null) {
            parameters.put("site", request.siteId());
        }
        return parameters;
    }
}
