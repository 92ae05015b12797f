package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorScope;
import org.trio.quality.QualityManagement;
import org.trio.shared.SchoolYear;

/**
 * The figures of a CFA put before the conseil de perfectionnement for a school year: ruptures, interruptions,
 * absenteeism, satisfaction, the L6111-8 rates (a rate over fewer than 20 people is not shown), complaints and
 * improvement measures.
 */
@Component
class CouncilDashboard {

    static final Set<String> KEYS = Set.of(
            IndicatorKeys.RUPTURE,
            IndicatorKeys.INTERRUPTION,
            IndicatorKeys.ABSENTEEISM,
            IndicatorKeys.COMPLETION,
            IndicatorKeys.SATISFACTION_APPRENTICES,
            IndicatorKeys.SATISFACTION_EMPLOYERS,
            IndicatorKeys.OBTENTION,
            IndicatorKeys.FURTHER_STUDIES,
            IndicatorKeys.EMPLOYMENT_6,
            IndicatorKeys.EMPLOYMENT_12,
            IndicatorKeys.FAVOURABLE,
            IndicatorKeys.VALUE_ADDED);

    record Complaints(long received, long answered, long answeredLate, Double averageDelay) {}

    record Measures(long open, long done, long late) {}

    record Dashboard(
            SchoolYear year,
            LocalDate reference,
            List<IndicatorResult> indicators,
            Complaints complaints,
            Measures measures) {}

    private final QualityManagement quality;
    private final JdbcClient jdbc;

    CouncilDashboard(QualityManagement quality, JdbcClient jdbc) {
        this.quality = quality;
        this.jdbc = jdbc;
    }

    Dashboard of(long cfaId, SchoolYear year, LocalDate reference) {
        List<IndicatorResult> indicators = quality.indicators(new IndicatorScope(cfaId, null, year, reference)).stream()
                .filter(result -> KEYS.contains(result.key()))
                .toList();
        Complaints complaints = jdbc.sql("""
                        select count(*) as received, count(c.answered_on) as answered,
                               count(*) filter (where c.answered_on - c.received_on > coalesce(p.answer_days, 30))
                                 as answered_late,
                               avg(c.answered_on - c.received_on) as average_delay
                        from quality.complaint c
                        left join lateral (select answer_days from quality.complaint_policy
                                           where valid_from <= c.received_on order by valid_from desc limit 1) p on true
                        where c.cfa_id = :cfa and c.received_on between :from and :to
                        """)
                .param("cfa", cfaId)
                .param("from", year.start())
                .param("to", year.end())
                .query(Complaints.class)
                .single();
        Measures measures = jdbc.sql("""
                        select count(*) filter (where status in ('PLANNED', 'IN_PROGRESS')) as open,
                               count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status in ('PLANNED', 'IN_PROGRESS') and due_on < :reference)
                                 as late
                        from quality.improvement_action where cfa_id = :cfa and opened_on <= :reference
                        """)
                .param("cfa", cfaId)
                .param("reference", reference)
                .query(Measures.class)
                .single();
        return new Dashboard(year, reference, indicators, complaints, measures);
    }
}
