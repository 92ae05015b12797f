package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.access.ApprenticeScope;
import org.trio.contract.ApprenticeStatus;

/**
 * The answers the contract benchmark times, Trio's and the hand-written SQL's, shaped alike so that they can be
 * compared. {@code BenchmarkAnswersIntegrationTests} checks on a generated population that they are equal, and the
 * benchmark ({@code bench/src/.../ContractBenchmark.java}, which {@code bench/run.sh} compiles with this file) checks
 * it again on its own data before timing: a ratio only means something when both sides give the same answer.
 */
final class BenchmarkAnswers {

    /** Headcounts as of a day: one grouped count over the status runs of the school year. */
    static final String HAND_HEADCOUNTS = """
            select status, count(*) from contract.status_period
             where school_year = :year and start_date <= :day and end_date >= :day
             group by status""";

    /**
     * The per-structure rupture table in one statement: active enrolments at the reference date (or on their session's
     * last day when it ended before), ruptures nettes of the year up to that date (closures excluded by the dated
     * rule), per structure (a UFA site, else its CFA), with the structure's name.
     */
    static final String HAND_STRUCTURES = """
            with structure as (
              select s.id as site_id, case when s.kind = 'UFA' then 'S' || s.id else 'C' || s.cfa_id end as key
                from referential.site s),
            active as (
              select coalesce(st.key, 'C' || e.cfa_id) as key, count(*) as n
                from contract.enrolment e
                join contract.status_period p on p.enrolment_id = e.id
                 and p.start_date <= least(:day, e.training_end) and p.end_date >= least(:day, e.training_end)
                left join structure st on st.site_id = e.site_id
               where e.school_year = :year and p.status in (1, 2, 5)
               group by 1),
            broken as (
              select coalesce(st.key, 'C' || e.cfa_id) as key, count(*) as n
                from contract.rupture r join contract.enrolment e on e.id = r.enrolment_id
                left join structure st on st.site_id = e.site_id
               where r.school_year = :year and r.rupture_date <= :day
                 and (r.closure_reason is null or not exists (
                       select 1 from contract.net_rupture_rule n
                        where n.closure_reason = r.closure_reason and n.excluded and n.valid_from <= r.rupture_date
                          and (n.valid_to is null or n.valid_to >= r.rupture_date)))
               group by 1),
            names as (
              select 'C' || id as key, name from referential.cfa
              union all select 'S' || id, name from referential.site where kind = 'UFA')
            select names.name, coalesce(a.n, 0), coalesce(b.n, 0)
              from active a full join broken b on b.key = a.key
              join names on names.key = coalesce(a.key, b.key)""";

    private BenchmarkAnswers() {}

    /** Trio's headcounts (the headcounts page's query) per status. */
    static Map<ApprenticeStatus, Long> trioHeadcounts(
            StatusQueries statuses, int year, LocalDate day, ApprenticeScope scope) {
        Map<ApprenticeStatus, Long> counts = new EnumMap<>(ApprenticeStatus.class);
        statuses.headcounts(new StatusQueries.Filter(year, day, null, null, null, null), scope)
                .byStatus()
                .forEach((status, count) -> {
                    if (count > 0) {
                        counts.put(status, count);
                    }
                });
        return counts;
    }

    static Map<ApprenticeStatus, Long> handHeadcounts(JdbcClient jdbc, int year, LocalDate day) {
        Map<ApprenticeStatus, Long> counts = new EnumMap<>(ApprenticeStatus.class);
        jdbc.sql(HAND_HEADCOUNTS)
                .param("year", year)
                .param("day", day)
                .query((rs, row) -> counts.put(ApprenticeStatus.ofCode(rs.getInt(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Trio's per-structure table (the analysis page's first table): name → [inscrits actifs, ruptures nettes]. */
    static Map<String, List<Long>> trioStructures(RuptureAnalysis.Result result) {
        Map<String, List<Long>> rows = new TreeMap<>();
        result.table("structures")
                .orElseThrow()
                .rows()
                .forEach(row -> rows.put((String) row.cell(0), List.of((Long) row.cell(1), (Long) row.cell(2))));
        return rows;
    }

    static Map<String, List<Long>> handStructures(JdbcClient jdbc, int year, LocalDate day) {
        Map<String, List<Long>> rows = new TreeMap<>();
        jdbc.sql(HAND_STRUCTURES)
                .param("year", year)
                .param("day", day)
                .query((rs, row) -> rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3))))
                .list();
        return rows;
    }
}
