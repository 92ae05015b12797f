package org.trio.referential.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/**
 * One list of the referential: the same SQL gives a page of rows (fetching one more row than shown to know whether a
 * next page exists, never counting the table) and all the rows for exports.
 */
final class ListQuery<T> {

    private final JdbcClient jdbc;
    private final String select;
    private final String orderBy;
    private final Class<T> type;

    ListQuery(JdbcClient jdbc, String select, String orderBy, Class<T> type) {
        this.jdbc = jdbc;
        this.select = select;
        this.orderBy = orderBy;
        this.type = type;
    }

    PageSlice<T> page(SqlConditions conditions, Paging paging) {
        List<T> rows = jdbc.sql(select + conditions.sql() + " order by " + orderBy + " limit :limit offset :offset")
                .params(conditions.params())
                .param("limit", paging.fetchSize())
                .param("offset", paging.offset())
                .query(type)
                .list();
        return paging.slice(rows);
    }

    List<T> all(SqlConditions conditions) {
        return jdbc.sql(select + conditions.sql() + " order by " + orderBy)
                .params(conditions.params())
                .query(type)
                .list();
    }
}
