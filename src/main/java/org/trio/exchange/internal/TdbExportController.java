package org.trio.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.access.AccessPolicy;
import org.trio.access.AccessRules;
import org.trio.access.ApprenticeScope;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;
import org.trio.contract.ApprenticeStatus;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;

/**
 * Export in the national dashboard's upload format (62 columns, sheet "Modèle"), filtered by school year, CFA, programme
 * and status, within the user's scope. The RQTH columns are filled only for who may read health data. Every export is
 * written to the audit trail.
 */
@Controller
@PreAuthorize(Roles.ADMINISTRATION)
class TdbExportController {

    private final TdbExportService service;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TableExports exports;
    private final Clock clock;

    TdbExportController(
            TdbExportService service,
            ReferentialManagement referential,
            AccessPolicy policy,
            AuditTrail audit,
            TableExports exports,
            Clock clock) {
        this.service = service;
        this.referential = referential;
        this.policy = policy;
        this.audit = audit;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/exchange/tdb-export")
    String page(
            CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long cfa,
            @RequestParam(required = false) Long programme,
            @RequestParam(required = false) ApprenticeStatus status,
            Model model) {
        int schoolYear = year == null ? SchoolYear.of(LocalDate.now(clock)).startYear() : year;
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", List.of(schoolYear - 2, schoolYear - 1, schoolYear, schoolYear + 1));
        model.addAttribute("cfa", cfa);
        model.addAttribute("programme", programme);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ApprenticeStatus.values());
        model.addAttribute("cfas", cfasOf(user));
        model.addAttribute(
                "programmes", user.networkId() == null ? List.of() : referential.programmesOfNetwork(user.networkId()));
        return "exchange/tdb-export";
    }

    @GetMapping(path = "/exchange/tdb-export", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long cfa,
            @RequestParam(required = false) Long programme,
            @RequestParam(required = false) ApprenticeStatus status) {
        LocalDate today = LocalDate.now(clock);
        int schoolYear = year == null ? SchoolYear.of(today).startYear() : year;
        ApprenticeScope scope = policy.scopeOf(user);
        Set<Long> cfaIds = scope.cfaIds();
        Set<Long> siteIds = scope.siteIds();
        if (cfa != null) {
            cfaIds = cfaIds.contains(cfa) ? Set.of(cfa) : Set.of();
            siteIds = Set.of();
        }
        SchoolYear chosen = new SchoolYear(schoolYear);
        LocalDate statusDay =
                today.isAfter(chosen.end()) ? chosen.end() : today.isBefore(chosen.start()) ? chosen.start() : today;
        boolean health = AccessRules.mayRead(user.role(), DataCategory.HEALTH);
        List<List<String>> rows = service.rows(
                new TdbExportService.Filter(cfaIds, siteIds, schoolYear, programme, status, statusDay), health);
        audit.recordEvent(
                "EXPORT_TDB",
                "Export au format du tableau de bord, année " + chosen.label() + ", " + rows.size() + " lignes"
                        + (health ? " (avec RQTH)" : ""));
        return exports.respond(format, "tableau-de-bord-" + chosen.label(), table(rows));
    }

    /** The rows as a table titled "Modèle" whose headers are the template's. */
    static Table<List<String>> table(List<List<String>> rows) {
        Table.Builder<List<String>> builder = Table.titled("Modèle");
        for (TdbColumn column : TdbColumn.values()) {
            int index = column.ordinal();
            builder.text(column.header(), row -> row.get(index));
        }
        return builder.rows(rows);
    }

    private List<CfaInfo> cfasOf(CurrentUser user) {
        List<CfaInfo> cfas = new ArrayList<>();
        for (Long id : policy.scopeOf(user).cfaIds()) {
            referential.cfa(id).ifPresent(cfas::add);
        }
        cfas.sort(java.util.Comparator.comparing(CfaInfo::name));
        return cfas;
    }
}
