package org.trio.access.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;

/** The audit trail, for the direction: who changed or read what, on whose file. */
@Controller
@PreAuthorize("hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN')")
class AuditController {

    private final JdbcClient jdbc;
    private final org.trio.platform.document.TableExports exports;
    private final org.trio.access.AuditTrail audit;

    AuditController(
            JdbcClient jdbc, org.trio.platform.document.TableExports exports, org.trio.access.AuditTrail audit) {
        this.jdbc = jdbc;
        this.exports = exports;
        this.audit = audit;
    }

    record AuditRow(
            OffsetDateTime occurredAt,
            String username,
            @Nullable String role,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable Long apprenticeId,
            @Nullable String category,
            @Nullable String details) {}

    /** The most lines an export holds (the most recent ones matching the filters). */
    static final int EXPORT_LIMIT = 100_000;

    @GetMapping("/audit")
    String audit(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Long apprentice,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Paging paging = Paging.of(page);
        List<AuditRow> rows = rows(user, q, action, apprentice, paging.fetchSize(), paging.offset());
        model.addAttribute("page", paging.slice(rows));
        model.addAttribute("q", q);
        model.addAttribute("action", action);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute(
                "actions", List.of("CREATE", "UPDATE", "DELETE", "READ_RESTRICTED", "LOGIN", "LOGIN_FAILED", "EXPORT"));
        return "access/audit";
    }

    /** The lines matching the filters (the 100,000 most recent), as XLSX or CSV; the export is itself traced. */
    @GetMapping(path = "/audit", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam String format,
                    @RequestParam(required = false) @Nullable String q,
                    @RequestParam(required = false) @Nullable String action,
                    @RequestParam(required = false) @Nullable Long apprentice) {
        List<AuditRow> rows = rows(user, q, action, apprentice, EXPORT_LIMIT, 0);
        org.trio.platform.document.Table<AuditRow> table = org.trio.platform.document.Table.<AuditRow>titled(
                        "Journal d'audit")
                .dateTime("Date", AuditRow::occurredAt)
                .text("Qui", AuditRow::username)
                .text("Rôle", AuditRow::role)
                .text("Action", AuditRow::action)
                .text("Objet", AuditRow::entityType)
                .text("Identifiant", AuditRow::entityId)
                .integer("Apprenti", AuditRow::apprenticeId)
                .text("Catégorie", AuditRow::category)
                .text("Détails", AuditRow::details)
                .rows(rows);
        audit.recordEvent(user, "EXPORT_AUDIT", "Export du journal d'audit : " + rows.size() + " lignes");
        return exports.respond(format, "journal-audit", table);
    }

    private List<AuditRow> rows(
            CurrentUser user,
            @Nullable String q,
            @Nullable String action,
            @Nullable Long apprentice,
            int limit,
            int offset) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (q != null && !q.isBlank()) {
            conditions.add("(username ilike :q or details ilike :q or entity_type ilike :q)");
            params.put("q", "%" + q.strip() + "%");
        }
        if (action != null && !action.isBlank()) {
            conditions.add("action = :action");
            params.put("action", action);
        }
        if (apprentice != null) {
            conditions.add("apprentice_id = :apprentice");
            params.put("apprentice", apprentice);
        }
        if (user.role() == Role.CFA_DIRECTOR) {
            conditions.add("(account_id is null or account_id in (select id from access.account where cfa_id = :cfa"
                    + " or cfa_id is null))");
            params.put("cfa", user.cfaId());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select occurred_at, username, role, action, entity_type, entity_id,"
                        + " apprentice_id, category, details from access.audit_event" + where
                        + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditRow.class)
                .list();
    }

    @Bean
    static NavigationEntry auditNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION,
                "nav.audit",
                "/audit",
                "shield-check",
                90,
                Set.of(Role.CFA_DIRECTOR.name(), Role.NETWORK_ADMIN.name()));
    }
}
