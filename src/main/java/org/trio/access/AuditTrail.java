package org.trio.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.trio.access.internal.TrioUserDetails;

/**
 * The audit trail: every change of a record and every read of restricted data, with who, when and on whose file.
 * Entries are written in the transaction of the change they describe, so a change and its trace stand or fall together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A change of a record (creation, update, deletion), by the user of the current request. */
    public void recordChange(
            String action, String entityType, String entityId, @Nullable Long apprenticeId, String details) {
        Optional<CurrentUser> user = currentUser();
        insert(user.orElse(null), action, entityType, entityId, apprenticeId, null, details);
    }

    /**
     * A change written in plain SQL (JPA changes are traced automatically): a creation when nothing was there
     * {@code before}, a deletion when nothing is left {@code after}, otherwise an update listing each changed column as
     * {@code column : old → new}. Keys are column names; creations and deletions list their values.
     *
     * @param table the table written, e.g. {@code visit.report_comment}
     * @param id the row's key
     */
    public void recordRowChange(
            String table, Object id, @Nullable Long apprenticeId, Map<String, ?> before, Map<String, ?> after) {
        String action = before.isEmpty() ? "CREATE" : after.isEmpty() ? "DELETE" : "UPDATE";
        recordChange(action, table, String.valueOf(id), apprenticeId, RowChanges.describe(before, after));
    }

    /** Column names and values, in pairs ({@code "email", email, …}), for {@link #recordRowChange}; values may be null. */
    public static Map<String, Object> columns(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns: names and values go in pairs");
        }
        Map<String, Object> columns = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return columns;
    }

    /** A read of restricted data of an apprentice. */
    public void recordRestrictedRead(CurrentUser user, long apprenticeId, DataCategory category) {
        insert(user, "READ_RESTRICTED", "apprentice", Long.toString(apprenticeId), apprenticeId, category, "");
    }

    /** Any other event worth a trace (login, export of personal data, import). */
    public void recordEvent(String action, String details) {
        insert(currentUser().orElse(null), action, null, null, null, null, details);
    }

    /** An event by a known user outside a request (e.g. a successful login). */
    public void recordEvent(CurrentUser user, String action, String details) {
        insert(user, action, null, null, null, null, details);
    }

    private void insert(
            @Nullable CurrentUser user,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable Long apprenticeId,
            @Nullable DataCategory category,
            String details) {
        jdbc.sql("""
                        insert into access.audit_event
                          (occurred_at, account_id, username, role, action, entity_type, entity_id, apprentice_id,
                           category, details)
                        values (:at, :account, :username, :role, :action, :entityType, :entityId, :apprentice,
                                :category, :details)
                        """)
                .param("at", OffsetDateTime.now(clock))
                .param("account", user == null ? null : user.accountId())
                .param("username", user == null ? "système" : user.username())
                .param("role", user == null ? null : user.role().name())
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("apprentice", apprenticeId)
                .param("category", category == null ? null : category.name())
                .param("details", details)
                .update();
    }

    /** The user of the current request or job, if any. */
    public static Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TrioUserDetails details) {
            return Optional.of(details.user());
        }
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            // a machine acting for an organisation, e.g. an API key
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
