package org.trio.access.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.AccountInfo;
import org.trio.access.CurrentUser;
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** The SQL reads of accounts: one person's account, and the accounts list of the direction. */
@Component
class AccountQueries {

    static final String SELECT = "select id, username, display_name, role, network_id, cfa_id, site_id, person_id,"
            + " managed_by_cfa_id, enabled, locked_until, last_login_at, must_change_password from access.account";

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the accounts list; status is {@code enabled}, {@code disabled} or {@code locked}. */
    record Filter(
            @Nullable String q,
            @Nullable Role role,
            @Nullable String status) {}

    private static AccountInfo row(java.sql.ResultSet rs, int number) throws java.sql.SQLException {
        return new AccountInfo(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("network_id"),
                (Long) rs.getObject("cfa_id"),
                (Long) rs.getObject("site_id"),
                (Long) rs.getObject("person_id"),
                (Long) rs.getObject("managed_by_cfa_id"),
                rs.getBoolean("enabled"),
                instant(rs, "locked_until"),
                instant(rs, "last_login_at"),
                rs.getBoolean("must_change_password"));
    }

    private static java.time.@Nullable Instant instant(java.sql.ResultSet rs, String column)
            throws java.sql.SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    Optional<AccountInfo> accountOf(PersonKind kind, long personId) {
        List<String> roles = Arrays.stream(Role.values())
                .filter(role -> role.personKind() == kind)
                .map(Role::name)
                .toList();
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where person_id = :person and role in (:roles) order by id limit 1")
                .param("person", personId)
                .param("roles", roles)
                .query(AccountQueries::row)
                .optional();
    }

    Optional<AccountInfo> account(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(AccountQueries::row)
                .optional();
    }

    /** The accounts the user administers (the network's for the network admin, their CFA's for a director). */
    PageSlice<AccountInfo> administeredBy(CurrentUser user, Filter filter, Paging paging, java.time.Instant now) {
        Where where = where(user, filter, now);
        List<AccountInfo> rows = jdbc.sql(
                        SELECT + where.sql() + " order by lower(display_name), id limit :limit offset :offset")
                .params(where.params())
                .param("limit", paging.fetchSize())
                .param("offset", paging.offset())
                .query(AccountQueries::row)
                .list();
        return paging.slice(rows);
    }

    /** Every account of {@link #administeredBy}, for exports. */
    List<AccountInfo> allAdministeredBy(CurrentUser user, Filter filter, java.time.Instant now) {
        Where where = where(user, filter, now);
        return jdbc.sql(SELECT + where.sql() + " order by lower(display_name), id")
                .params(where.params())
                .query(AccountQueries::row)
                .list();
    }

    private record Where(List<String> conditions, Map<String, Object> params) {

        String sql() {
            return " where " + String.join(" and ", conditions);
        }
    }

    private static Where where(CurrentUser user, Filter filter, java.time.Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (user.role() == Role.NETWORK_ADMIN && user.networkId() != null) {
            conditions.add("network_id = :network");
            params.put("network", user.networkId());
        } else if (user.role() == Role.CFA_DIRECTOR && user.cfaId() != null) {
            conditions.add("managed_by_cfa_id = :cfa");
            params.put("cfa", user.cfaId());
        } else {
            conditions.add("false");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(lower(username) like :q or lower(display_name) like :q)");
            params.put("q", "%" + filter.q().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.role() != null) {
            conditions.add("role = :role");
            params.put("role", filter.role().name());
        }
        if ("enabled".equals(filter.status())) {
            conditions.add("enabled");
        } else if ("disabled".equals(filter.status())) {
            conditions.add("not enabled");
        } else if ("locked".equals(filter.status())) {
            conditions.add("locked_until > :now");
            params.put("now", java.sql.Timestamp.from(now));
        }
        return new Where(conditions, params);
    }
}
