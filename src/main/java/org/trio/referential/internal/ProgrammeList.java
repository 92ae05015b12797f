package org.trio.referential.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.DiplomaType;

/** The programmes of the network, by level then label; search on label and codes, filters on level, type, filière. */
@Component
class ProgrammeList {

    record Filter(
            @Nullable String q,
            @Nullable Integer level,
            @Nullable DiplomaType diplomaType,
            @Nullable String sector) {}

    record Row(
            long id,
            String cfd,
            String rncp,
            String label,
            String shortLabel,
            DiplomaType diplomaType,
            int level,
            String sector,
            int theoreticalDurationMonths,
            String certifierName,
            boolean active) {}

    private final ListQuery<Row> query;
    private final JdbcClient jdbc;

    ProgrammeList(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.query = new ListQuery<>(
                jdbc,
                "select p.id, p.cfd, p.rncp, p.label, p.short_label, p.diploma_type, p.level, p.sector,"
                        + " p.theoretical_duration_months, i.name as certifier_name, p.active"
                        + " from referential.programme p"
                        + " left join referential.certifying_institution i on i.id = p.certifying_institution_id",
                "p.level, p.label, p.id",
                Row.class);
    }

    PageSlice<Row> page(long networkId, Filter filter, Paging paging) {
        return query.page(conditions(networkId, filter), paging);
    }

    List<Row> all(long networkId, Filter filter) {
        return query.all(conditions(networkId, filter));
    }

    /** The filières used by the network's programmes, for the filter. */
    List<String> sectors(long networkId) {
        return jdbc.sql("select distinct sector from referential.programme where network_id = ? and sector is not null"
                        + " order by sector")
                .param(networkId)
                .query(String.class)
                .list();
    }

    private static SqlConditions conditions(long networkId, Filter filter) {
        return new SqlConditions()
                .where("p.network_id = :network", "network", networkId)
                .search(
                        "referential.search_key(p.label || ' ' || coalesce(p.short_label, '') || ' ' || coalesce(p.cfd, '')"
                                + " || ' ' || coalesce(p.rncp, ''))",
                        filter.q())
                .whereSet("p.level = :level", "level", filter.level())
                .whereSet(
                        "p.diploma_type = :type",
                        "type",
                        filter.diplomaType() == null
                                ? null
                                : filter.diplomaType().name())
                .whereSet("p.sector = :sector", "sector", filter.sector());
    }
}
