package org.trio.referential.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/**
 * The employers, by name; search on name, SIRET, city and post code (case and accents ignored, trigram index), filter on
 * the sector (private 11–16, public 21–30) and the type of employer.
 */
@Component
class EmployerList {

    record Filter(
            @Nullable String q,
            @Nullable String sector,
            @Nullable String employerType) {}

    record Row(
            long id,
            String name,
            String siret,
            String naf,
            Integer headcount,
            String employerType,
            String postCode,
            String city,
            long mentors) {}

    private final ListQuery<Row> query;

    EmployerList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select e.id, e.name, e.siret, e.naf, e.headcount, e.employer_type, e.post_code, e.city,"
                        + " (select count(*) from referential.mentor m where m.employer_id = e.id) as mentors"
                        + " from referential.employer e",
                "lower(e.name), e.id",
                Row.class);
    }

    PageSlice<Row> page(Filter filter, Paging paging) {
        return query.page(conditions(filter), paging);
    }

    List<Row> all(Filter filter) {
        return query.all(conditions(filter));
    }

    private static SqlConditions conditions(Filter filter) {
        SqlConditions conditions = new SqlConditions().search("e.search_text", filter.q());
        if ("private".equals(filter.sector())) {
            conditions.where("e.employer_type like '1%'");
        } else if ("public".equals(filter.sector())) {
            conditions.where("(e.employer_type like '2%' or e.employer_type = '30')");
        }
        return conditions.whereSet("e.employer_type = :type", "type", filter.employerType());
    }
}
