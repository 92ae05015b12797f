package org.trio.quality.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorProvider;
import org.trio.quality.IndicatorScope;
import org.trio.quality.IndicatorValue;

/**
 * Satisfaction rates from the appreciation surveys of the school year: a respondent is satisfied when the average of
 * their answers to the satisfaction questions is 4 or 5 on the 1–5 scale. Apprentice questionnaires feed the
 * apprentices' rate, employer (maître) questionnaires the employers' rate.
 */
@Component
class SurveyIndicators implements IndicatorProvider {

    private static final String SOURCE = "Enquêtes d'appréciation";

    private final JdbcClient jdbc;

    SurveyIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Satisfaction(String audience, long people, long satisfied) {}

    @Override
    public List<IndicatorValue> indicators(IndicatorScope scope) {
        String programme = scope.programmeId() == null ? "" : " and r.programme_id = :programme";
        var query = jdbc.sql("""
                        select q.audience, count(*) as people, count(*) filter (where s.average >= 4) as satisfied
                        from (select r.id, r.campaign_id, avg(a.scale_value) as average
                              from quality.response r
                              join quality.answer a on a.response_id = r.id
                              join quality.question qu on qu.id = a.question_id and qu.satisfaction
                              where a.scale_value is not null and r.submitted_on <= :reference
                        """ + programme + """
                              group by r.id, r.campaign_id) s
                        join quality.campaign c on c.id = s.campaign_id
                        join quality.questionnaire q on q.id = c.questionnaire_id
                        where c.cfa_id = :cfa and c.school_year = :year and q.audience in ('APPRENTICE', 'EMPLOYER')
                        group by q.audience
                        """)
                .param("cfa", scope.cfaId())
                .param("year", scope.schoolYear().startYear())
                .param("reference", scope.referenceDate());
        if (scope.programmeId() != null) {
            query = query.param("programme", scope.programmeId());
        }
        List<IndicatorValue> values = new ArrayList<>();
        for (Satisfaction row : query.query(Satisfaction.class).list()) {
            String key = row.audience().equals("APPRENTICE")
                    ? IndicatorKeys.SATISFACTION_APPRENTICES
                    : IndicatorKeys.SATISFACTION_EMPLOYERS;
            values.add(new IndicatorValue(key, row.satisfied(), row.people(), SOURCE));
        }
        return values;
    }
}
