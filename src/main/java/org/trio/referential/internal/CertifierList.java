package org.trio.referential.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** The certifying institutions, by name; search on name, UAI and SIRET. */
@Component
class CertifierList {

    record Filter(@Nullable String q) {}

    record Row(long id, String name, String uai, String siret, String kind, long programmes) {}

    private final ListQuery<Row> query;

    CertifierList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select i.id, i.name, i.uai, i.siret, i.kind, (select count(*) from referential.programme p"
                        + " where p.certifying_institution_id = i.id) as programmes"
                        + " from referential.certifying_institution i",
                "i.name, i.id",
                Row.class);
    }

    PageSlice<Row> page(Filter filter, Paging paging) {
        return query.page(conditions(filter), paging);
    }

    List<Row> all(Filter filter) {
        return query.all(conditions(filter));
    }

    private static SqlConditions conditions(Filter filter) {
        return new SqlConditions()
                .search(
                        "referential.search_key(i.name || ' ' || coalesce(i.uai, '') || ' ' || coalesce(i.siret, ''))",
                        filter.q());
    }
}
