package org.trio.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.ApprenticeScope;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.ContractFigures;
import org.trio.shared.SchoolYear;

/** The figures other modules read, from the same queries as the headcounts page and the rupture analysis. */
@Service
@Transactional(readOnly = true)
class FiguresService implements ContractFigures {

    private final StatusQueries statuses;
    private final AnalysisQueries analysis;
    private final JdbcClient jdbc;

    FiguresService(StatusQueries statuses, AnalysisQueries analysis, JdbcClient jdbc) {
        this.statuses = statuses;
        this.analysis = analysis;
        this.jdbc = jdbc;
    }

    @Override
    public Headcounts headcounts(ApprenticeScope scope, LocalDate day) {
        StatusQueries.Headcounts counts = statuses.headcounts(
                new StatusQueries.Filter(SchoolYear.of(day).startYear(), day, null, null, null, null), scope);
        return new Headcounts(day, Map.copyOf(counts.byStatus()));
    }

    @Override
    public RuptureFigures ruptures(ApprenticeScope scope, int schoolYear, LocalDate referenceDate) {
        AnalysisQueries.Request request = new AnalysisQueries.Request(schoolYear, referenceDate, null, null);
        long active = analysis.active(request, scope).stream()
                .mapToLong(AnalysisQueries.ActiveGroup::count)
                .sum();
        Map<AnalysisPeriod, Long> byPeriod = new EnumMap<>(AnalysisPeriod.class);
        for (AnalysisPeriod period : AnalysisPeriod.values()) {
            byPeriod.put(period, 0L);
        }
        long ruptures = 0;
        for (AnalysisQueries.RuptureGroup group : analysis.ruptures(request, scope)) {
            ruptures += group.count();
            byPeriod.merge(group.period(), group.count(), Long::sum);
        }
        BigDecimal rate = active + ruptures == 0
                ? null
                : BigDecimal.valueOf(ruptures).divide(BigDecimal.valueOf(active + ruptures), 4, RoundingMode.HALF_UP);
        return new RuptureFigures(schoolYear, referenceDate, active, ruptures, rate, Map.copyOf(byPeriod));
    }

    @Override
    public RuptureFollowUp ruptureFollowUp(long cfaId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with broken as (
                            select r.validated_motive_id, r.rupture_date
                              from contract.rupture r join contract.enrolment e on e.id = r.enrolment_id
                             where e.cfa_id = :cfa and r.rupture_date between :from and :to and %s),
                        running as (
                            select c.id, c.start_date, c.outcome, c.outcome_date, c.employer_followed_on
                              from contract.continuation c
                             where c.cfa_id = :cfa and c.start_date <= :to and c.end_date >= :from),
                        actions as (
                            select a.action_date from contract.support_action a
                             where a.continuation_id in (select id from running)
                               and a.action_date between :from and :to)
                        select (select count(*) from broken) as ruptures,
                               (select count(validated_motive_id) from broken) as motives_validated,
                               (select max(rupture_date) from broken) as last_rupture,
                               (select count(*) from running) as continuations,
                               (select count(*) from actions) as support_actions,
                               (select count(*) from running where outcome_date between :from and :to) as outcomes,
                               (select count(*) from running where outcome = 'NEW_CONTRACT'
                                  and outcome_date between :from and :to) as new_contracts,
                               (select count(*) from running where employer_followed_on between :from and :to)
                                 as employers_followed_up,
                               greatest(
                                 (select max(start_date) from running where start_date >= :from),
                                 (select max(action_date) from actions),
                                 (select max(outcome_date) from running where outcome_date between :from and :to),
                                 (select max(employer_followed_on) from running
                                   where employer_followed_on between :from and :to)) as last_activity
                        """.formatted(RuptureRules.netCondition("r")))
                .param("cfa", cfaId)
                .param("from", from)
                .param("to", to)
                .query(RuptureFollowUp.class)
                .single();
    }
}
