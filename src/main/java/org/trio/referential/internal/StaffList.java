package org.trio.referential.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.StaffFunction;

/**
 * The staff the user sees (the network's for the network admin, their CFA's otherwise), by name; search on name,
 * e-mail and job, filters on function and CFA.
 */
@Component
class StaffList {

    record Filter(
            @Nullable String q,
            @Nullable StaffFunction function,
            @Nullable Long cfaId) {}

    record Row(
            long id,
            String lastName,
            String firstName,
            StaffFunction function,
            String jobTitle,
            String email,
            Long cfaId,
            String cfaName,
            String siteName) {}

    private final ListQuery<Row> query;

    StaffList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select m.id, m.last_name, m.first_name, m.function, m.job_title, m.email, m.cfa_id,"
                        + " c.name as cfa_name, s.name as site_name from referential.staff_member m"
                        + " left join referential.cfa c on c.id = m.cfa_id"
                        + " left join referential.site s on s.id = m.site_id",
                "referential.search_key(m.last_name), referential.search_key(m.first_name), m.id",
                Row.class);
    }

    /**
     * @param networkId the network whose network-level staff (no CFA) the user sees, or null
     * @param visibleCfas the CFAs whose staff the user sees
     */
    PageSlice<Row> page(@Nullable Long networkId, List<Long> visibleCfas, Filter filter, Paging paging) {
        return query.page(conditions(networkId, visibleCfas, filter), paging);
    }

    List<Row> all(@Nullable Long networkId, List<Long> visibleCfas, Filter filter) {
        return query.all(conditions(networkId, visibleCfas, filter));
    }

    private static SqlConditions conditions(@Nullable Long networkId, List<Long> visibleCfas, Filter filter) {
        return new SqlConditions()
                .where(
                        "(m.cfa_id in (:cfas) or (m.cfa_id is null and m.network_id = :network))",
                        "cfas",
                        visibleCfas.isEmpty() ? List.of(-1L) : visibleCfas)
                .params(java.util.Map.of("network", networkId == null ? -1L : networkId))
                .search(
                        "referential.search_key(m.last_name || ' ' || m.first_name || ' ' || coalesce(m.email, '')"
                                + " || ' ' || coalesce(m.job_title, ''))",
                        filter.q())
                .whereSet(
                        "m.function = :function",
                        "function",
                        filter.function() == null ? null : filter.function().name())
                .whereSet("m.cfa_id = :cfa", "cfa", filter.cfaId());
    }
}
