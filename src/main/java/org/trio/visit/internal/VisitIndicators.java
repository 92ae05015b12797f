package org.trio.visit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorProvider;
import org.trio.quality.IndicatorScope;
import org.trio.quality.IndicatorValue;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * The charter's "quality of follow-up by the establishment": {@link IndicatorKeys#VISITS_ON_TIME} = the due visits done
 * within their window ÷ the due visits, over the apprentices enrolled in the CFA's cohorts (of one programme, if asked)
 * of the school year. A due visit counts once its window has closed, during the school year and on or before the
 * reference date (a window still open is not yet due); it is done on time when a visit for it was done (report filed)
 * between the first and the last day of its window. The people behind the figure are the apprentices with at least one
 * due visit counted; the quality module applies the rule of 20 on them.
 */
@Component
class VisitIndicators implements IndicatorProvider {

    private final JdbcClient jdbc;
    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final MessageSource messages;

    VisitIndicators(
            JdbcClient jdbc,
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.referential = referential;
        this.enrolments = enrolments;
        this.messages = messages;
    }

    record OnTime(long due, long onTime, long people) {}

    @Override
    public List<IndicatorValue> indicators(IndicatorScope scope) {
        LocalDate from = scope.schoolYear().start();
        LocalDate to = scope.referenceDate().isBefore(scope.schoolYear().end())
                ? scope.referenceDate()
                : scope.schoolYear().end();
        Set<Long> apprentices = apprenticesOf(scope);
        if (to.isBefore(from) || apprentices.isEmpty()) {
            return List.of();
        }
        OnTime figures = jdbc.sql("""
                        select count(*) as due,
                               count(*) filter (where exists (select 1 from visit.visit v
                                  where v.contract_id = d.contract_id and v.rule_code = d.rule_code
                                    and v.status = 'DONE' and v.done_on between d.window_start and d.window_end))
                                 as on_time,
                               count(distinct d.apprentice_id) as people
                        from visit.due_visit d
                        where d.cfa_id = :cfa and d.apprentice_id in (:apprentices)
                          and d.window_end between :from and :to
                        """)
                .param("cfa", scope.cfaId())
                .param("apprentices", apprentices)
                .param("from", from)
                .param("to", to)
                .query(OnTime.class)
                .single();
        if (figures.due() == 0) {
            return List.of();
        }
        return List.of(new IndicatorValue(
                IndicatorKeys.VISITS_ON_TIME,
                figures.onTime(),
                figures.due(),
                figures.people(),
                messages.getMessage("visit.evidence.source", null, Locale.FRANCE)));
    }

    /** The apprentices enrolled in the CFA's cohorts of the school year (of the programme, when one is asked). */
    private Set<Long> apprenticesOf(IndicatorScope scope) {
        Set<Long> apprentices = new TreeSet<>();
        for (SiteInfo site : referential.sitesOfCfa(scope.cfaId())) {
            for (CohortInfo cohort :
                    referential.cohortsOfSite(site.id(), scope.schoolYear().startYear())) {
                if (scope.programmeId() == null || cohort.programmeId() == scope.programmeId()) {
                    enrolments.enrolmentsOfCohort(cohort.id()).stream()
                            .map(EnrolmentInfo::apprenticeId)
                            .forEach(apprentices::add);
                }
            }
        }
        return apprentices;
    }
}
