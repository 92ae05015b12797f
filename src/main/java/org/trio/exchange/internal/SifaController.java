package org.trio.exchange.internal;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.access.AccessPolicy;
import org.trio.access.AccessRules;
import org.trio.access.ApprenticeScope;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;
import org.trio.platform.document.Downloads;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.Paging;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * The SIFA survey page: for a CFA and the 31 December of a year, the controls of the instructions on every line, each
 * failing apprentice listed with what to correct, and the file — {@code ;}-separated without header as the SIFA
 * application imports it, or as a workbook with a header for reading. Every download is written to the audit trail.
 */
@Controller
@PreAuthorize(Roles.ADMINISTRATION)
class SifaController {

    /** A problem with its apprentice, as the page lists them. */
    record Row(long apprenticeId, String name, SifaControls.Problem problem) {}

    private final SifaExport sifa;
    private final ReferentialManagement referential;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TableExports exports;
    private final Clock clock;

    SifaController(
            SifaExport sifa,
            ReferentialManagement referential,
            AccessPolicy policy,
            AuditTrail audit,
            TableExports exports,
            Clock clock) {
        this.sifa = sifa;
        this.referential = referential;
        this.policy = policy;
        this.audit = audit;
        this.exports = exports;
        this.clock = clock;
    }

    /** The default survey: the last 31 December, or this year's from December on. */
    static int defaultYear(LocalDate today) {
        return today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
    }

    @GetMapping("/exchange/sifa")
    String page(
            CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long cfa,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int chosen = year == null ? defaultYear(LocalDate.now(clock)) : year;
        Map<Long, CfaInfo> cfas = cfasOf(user);
        model.addAttribute("year", chosen);
        model.addAttribute("years", years());
        model.addAttribute("cfas", List.copyOf(cfas.values()));
        if (cfas.isEmpty()) {
            return "exchange/sifa";
        }
        CfaInfo target = target(cfas, cfa);
        model.addAttribute("cfa", target);
        SifaExport.File file = file(user, target, chosen);
        model.addAttribute("file", file);
        model.addAttribute("rows", Paging.of(page).slice(page(rows(file), Paging.of(page))));
        return "exchange/sifa";
    }

    /** The list of problems (XLSX or CSV), like every list. */
    @GetMapping(path = "/exchange/sifa", params = "format")
    ResponseEntity<StreamingResponseBody> problems(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long cfa) {
        int chosen = year == null ? defaultYear(LocalDate.now(clock)) : year;
        CfaInfo target = target(cfasOf(user), cfa);
        List<Row> rows = rows(file(user, target, chosen));
        Table<Row> table = Table.<Row>titled("Contrôles SIFA " + target.uai() + " au 31-12-" + chosen)
                .text("Apprenti", Row::name)
                .text("Contrôle", row -> row.problem().control())
                .text("Variable", row -> row.problem().column().name())
                .text("Valeur", row -> row.problem().value())
                .text("Problème", row -> row.problem().message())
                .text("Gravité", row -> row.problem().blocking() ? "bloquant" : "à vérifier")
                .text("À corriger dans", row -> row.problem().where())
                .rows(rows);
        audit.recordEvent(
                "EXPORT_SIFA_CONTROLS",
                "Contrôles SIFA du CFA " + target.uai() + " au 31/12/" + chosen + " : " + rows.size() + " problèmes");
        return exports.respond(format, "controles-sifa-" + target.uai() + "-" + chosen, table);
    }

    /** The file the SIFA application imports: {@code ;} between the 47 variables, no header, one line each. */
    @GetMapping("/exchange/sifa/file")
    ResponseEntity<StreamingResponseBody> sifaFile(
            CurrentUser user, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long cfa) {
        int chosen = year == null ? defaultYear(LocalDate.now(clock)) : year;
        CfaInfo target = target(cfasOf(user), cfa);
        SifaExport.File file = file(user, target, chosen);
        recordExport(target, chosen, file, "fichier");
        String name = Downloads.datedFileName("sifa-" + target.uai() + "-31-12-" + chosen, LocalDate.now(clock), "csv");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .cacheControl(CacheControl.noStore())
                .body(out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    writeFile(file, writer);
                    writer.flush();
                });
    }

    /** The same lines as a workbook with the variables' names as header, for reading and checking. */
    @GetMapping("/exchange/sifa/workbook")
    ResponseEntity<StreamingResponseBody> workbook(
            CurrentUser user, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long cfa) {
        int chosen = year == null ? defaultYear(LocalDate.now(clock)) : year;
        CfaInfo target = target(cfasOf(user), cfa);
        SifaExport.File file = file(user, target, chosen);
        recordExport(target, chosen, file, "classeur");
        return exports.respond("xlsx", "sifa-" + target.uai() + "-31-12-" + chosen, table(file));
    }

    /** The lines, {@code ;}-separated, CRLF after each, no header. */
    static void writeFile(SifaExport.File file, Writer writer) throws java.io.IOException {
        for (SifaExport.Line line : file.lines()) {
            writer.write(String.join(";", line.values()));
            writer.write("\r\n");
        }
    }

    static Table<SifaExport.Line> table(SifaExport.File file) {
        Table.Builder<SifaExport.Line> builder =
                Table.titled("SIFA " + file.cfa().uai());
        for (SifaColumn column : SifaColumn.values()) {
            int index = column.ordinal();
            builder.text(column.name(), line -> line.values().get(index));
        }
        return builder.rows(file.lines());
    }

    private void recordExport(CfaInfo cfa, int year, SifaExport.File file, String kind) {
        audit.recordEvent(
                "EXPORT_SIFA",
                "Enquête SIFA (" + kind + ") du CFA " + cfa.uai() + " au 31/12/" + year + " : "
                        + file.lines().size() + " apprentis" + (file.withHealth() ? " (avec HANDI)" : ""));
    }

    private SifaExport.File file(CurrentUser user, CfaInfo cfa, int year) {
        ApprenticeScope scope = policy.scopeOf(user);
        List<Long> sites = scope.cfaIds().contains(cfa.id())
                ? List.of()
                : scope.siteIds().stream()
                        .filter(id -> referential.site(id).map(SiteInfo::cfaId).orElse(-1L) == cfa.id())
                        .toList();
        return sifa.file(cfa, sites, year, AccessRules.mayRead(user.role(), DataCategory.HEALTH));
    }

    private static List<Row> rows(SifaExport.File file) {
        List<Row> rows = new ArrayList<>();
        for (SifaExport.Line line : file.lines()) {
            line.problems().stream()
                    .sorted(Comparator.comparing((SifaControls.Problem p) -> !p.blocking())
                            .thenComparing(p -> p.column().ordinal()))
                    .forEach(problem -> rows.add(new Row(line.apprenticeId(), line.name(), problem)));
        }
        return rows;
    }

    private static <T> List<T> page(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.offset());
        return all.subList(from, Math.min(all.size(), from + paging.fetchSize()));
    }

    private List<Integer> years() {
        int last = defaultYear(LocalDate.now(clock));
        return List.of(last + 1, last, last - 1, last - 2);
    }

    /** The CFAs of the user's scope (a CFA, or the CFAs of the sites the user is limited to). */
    private Map<Long, CfaInfo> cfasOf(CurrentUser user) {
        ApprenticeScope scope = policy.scopeOf(user);
        Map<Long, CfaInfo> cfas = new LinkedHashMap<>();
        scope.cfaIds().forEach(id -> referential.cfa(id).ifPresent(cfa -> cfas.put(id, cfa)));
        scope.siteIds()
                .forEach(id -> referential
                        .site(id)
                        .flatMap(site -> referential.cfa(site.cfaId()))
                        .ifPresent(cfa -> cfas.put(cfa.id(), cfa)));
        Map<Long, CfaInfo> sorted = new LinkedHashMap<>();
        cfas.values().stream().sorted(Comparator.comparing(CfaInfo::name)).forEach(cfa -> sorted.put(cfa.id(), cfa));
        return sorted;
    }

    private static CfaInfo target(Map<Long, CfaInfo> cfas, @Nullable Long cfa) {
        if (cfas.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (cfa == null) {
            return cfas.values().iterator().next();
        }
        CfaInfo chosen = cfas.get(cfa);
        if (chosen == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return chosen;
    }
}
