package org.trio.referential.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/**
 * The cohorts of the CFAs the user sees, by school year (latest first), site and label; filters on school year, site,
 * programme and programme year.
 */
@Component
class CohortList {

    record Filter(
            @Nullable Integer schoolYear,
            @Nullable Long siteId,
            @Nullable Long programmeId,
            @Nullable Integer programmeYear,
            @Nullable String q) {}

    record Row(
            long id,
            String label,
            int schoolYear,
            int programmeYear,
            LocalDate startDate,
            LocalDate endDate,
            long siteId,
            String siteName,
            long programmeId,
            String programmeLabel) {

        public String schoolYearLabel() {
            return schoolYear + "-" + (schoolYear + 1);
        }
    }

    private final ListQuery<Row> query;

    CohortList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select k.id, k.label, k.school_year, k.programme_year, k.start_date, k.end_date, k.site_id,"
                        + " s.name as site_name, k.programme_id, p.label as programme_label from referential.cohort k"
                        + " join referential.site s on s.id = k.site_id"
                        + " join referential.programme p on p.id = k.programme_id",
                "k.school_year desc, s.name, k.label, k.id",
                Row.class);
    }

    PageSlice<Row> page(List<Long> visibleCfas, Filter filter, Paging paging) {
        return query.page(conditions(visibleCfas, filter), paging);
    }

    List<Row> all(List<Long> visibleCfas, Filter filter) {
        return query.all(conditions(visibleCfas, filter));
    }

    private static SqlConditions conditions(List<Long> visibleCfas, Filter filter) {
        return new SqlConditions()
                .where("s.cfa_id in (:cfas)", "cfas", visibleCfas.isEmpty() ? List.of(-1L) : visibleCfas)
                .whereSet("k.school_year = :year", "year", filter.schoolYear())
                .whereSet("k.site_id = :site", "site", filter.siteId())
                .whereSet("k.programme_id = :programme", "programme", filter.programmeId())
                .whereSet("k.programme_year = :programmeYear", "programmeYear", filter.programmeYear())
                .search("referential.search_key(k.label)", filter.q());
    }
}
