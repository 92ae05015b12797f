package org.trio.referential.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** The CFAs the user sees, by name; search on name, UAI and city, filter on the type of CFA. */
@Component
class CfaList {

    record Filter(@Nullable String q, @Nullable String cfaType) {}

    record Row(long id, String name, String uai, String siret, String cfaType, String city, long sites) {}

    private final ListQuery<Row> query;

    CfaList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select c.id, c.name, c.uai, c.siret, c.cfa_type, c.city,"
                        + " (select count(*) from referential.site s where s.cfa_id = c.id) as sites"
                        + " from referential.cfa c",
                "c.name, c.id",
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
                .where("c.id in (:cfas)", "cfas", visibleCfas.isEmpty() ? List.of(-1L) : visibleCfas)
                .search("referential.search_key(c.name || ' ' || c.uai || ' ' || coalesce(c.city, ''))", filter.q())
                .whereSet("c.cfa_type = :type", "type", filter.cfaType());
    }
}
