package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.shared.SchoolYear;

/**
 * The rupture analysis of a school year at a reference date, for the network, a CFA or a site: every table of
 * indicators.md §2 and its charts (bars per structure, months as a line).
 */
@Controller
@PreAuthorize(Roles.INDICATORS)
class AnalysisController {

    private final RuptureAnalysis analysis;
    private final IndicatorScope scopes;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;

    AnalysisController(
            RuptureAnalysis analysis,
            IndicatorScope scopes,
            Clock clock,
            org.trio.platform.document.TableExports exports) {
        this.exports = exports;
        this.analysis = analysis;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/ruptures/analysis")
    String analysis(
            CurrentUser user,
            @RequestParam(required = false) Integer schoolYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
            @RequestParam(required = false) Long cfaId,
            @RequestParam(required = false) Long siteId,
            Model model) {
        RuptureAnalysis.Result result = analyse(user, schoolYear, referenceDate, cfaId, siteId);
        model.addAttribute("result", result);
        model.addAttribute("request", result.request());
        model.addAttribute("cfas", scopes.cfas(user));
        model.addAttribute("sites", scopes.sites(user));
        model.addAttribute(
                "hideRates",
                scopes.hidesSmallNumbers(user)
                        && result.activeTotal() + result.rupturesTotal() < IndicatorScope.MINIMUM_DENOMINATOR);
        model.addAttribute("structureChart", structureChart(result));
        model.addAttribute("monthChart", monthChart(result));
        return "contract/analysis";
    }

    /**
     * The analysis as an XLSX workbook, one sheet per table; or, with {@code table} (a table's id), that table alone as
     * XLSX or CSV (a CSV file holds one table). Nothing is exported when the page hides the figures (small numbers).
     */
    @GetMapping(path = "/ruptures/analysis", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam(required = false) Integer schoolYear,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate referenceDate,
                    @RequestParam(required = false) Long cfaId,
                    @RequestParam(required = false) Long siteId,
                    @RequestParam String format,
                    @RequestParam(required = false) String table) {
        RuptureAnalysis.Result result = analyse(user, schoolYear, referenceDate, cfaId, siteId);
        int year = result.request().schoolYear();
        if (scopes.hidesSmallNumbers(user)
                && result.activeTotal() + result.rupturesTotal() < IndicatorScope.MINIMUM_DENOMINATOR) {
            return plainText(
                    org.springframework.http.HttpStatus.FORBIDDEN,
                    "Effectif trop faible : les chiffres de cette analyse ne sont pas montrés, ni exportés.");
        }
        if (table != null && !table.isBlank()) {
            return result.table(table)
                    .map(one -> exports.respond(
                            format, "analyse-ruptures-" + one.id() + "-" + year + "-" + (year + 1), sheet(one)))
                    .orElseGet(() -> plainText(
                            org.springframework.http.HttpStatus.NOT_FOUND,
                            "Tableau inconnu dans l'analyse des ruptures : « "
                                    + (table.length() > 40 ? table.substring(0, 40) + "…" : table) + " »."));
        }
        if (org.trio.platform.document.ExportFormat.parse(format)
                .filter(org.trio.platform.document.ExportFormat.CSV::equals)
                .isPresent()) {
            return plainText(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Un fichier CSV ne contient qu'un tableau : choisissez-le (paramètre table), ou exportez le"
                            + " classeur XLSX qui les contient tous.");
        }
        if (org.trio.platform.document.ExportFormat.parse(format).isEmpty()) {
            return exports.respond(
                    format, "analyse-ruptures", sheet(result.tables().get(0)));
        }
        return exports.respondWorkbook(
                "analyse-ruptures-" + year + "-" + (year + 1),
                result.tables().stream().map(AnalysisController::sheet).toList());
    }

    private static org.springframework.http.ResponseEntity<
                    org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            plainText(org.springframework.http.HttpStatus status, String message) {
        byte[] body = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.springframework.http.ResponseEntity.status(status)
                .contentType(new org.springframework.http.MediaType(
                        org.springframework.http.MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(out -> out.write(body));
    }

    static org.trio.platform.document.Table<AnalysisTable.Row> sheet(AnalysisTable table) {
        var builder = org.trio.platform.document.Table.<AnalysisTable.Row>titled(table.title());
        for (int i = 0; i < table.columns().size(); i++) {
            AnalysisTable.Column column = table.columns().get(i);
            int index = i;
            org.trio.platform.document.ColumnType type = switch (column.kind()) {
                case TEXT -> org.trio.platform.document.ColumnType.TEXT;
                case COUNT -> org.trio.platform.document.ColumnType.INTEGER;
                case PERCENT -> org.trio.platform.document.ColumnType.PERCENT;
                case MONEY -> org.trio.platform.document.ColumnType.DECIMAL;
            };
            builder.column(column.header(), type, row -> row.cell(index));
        }
        List<AnalysisTable.Row> rows = new ArrayList<>(table.rows());
        rows.addAll(table.totals());
        return builder.rows(rows);
    }

    RuptureAnalysis.Result analyse(
            CurrentUser user, Integer schoolYear, LocalDate referenceDate, Long cfaId, Long siteId) {
        int year = schoolYear != null
                ? schoolYear
                : SchoolYear.of(LocalDate.now(clock)).previous().startYear();
        LocalDate day = referenceDate != null ? referenceDate : AnalysisQueries.Request.defaultReferenceDate(year);
        return analysis.analyse(new AnalysisQueries.Request(year, day, cfaId, siteId), scopes.countingScope(user));
    }

    /** Chart data as JSON for a data attribute: structures, ruptures and rates (the page's script reads it). */
    private static String structureChart(RuptureAnalysis.Result result) {
        AnalysisTable table = result.table("structures").orElseThrow();
        List<String> labels = new ArrayList<>();
        List<String> ruptures = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        for (AnalysisTable.Row row : table.rows()) {
            labels.add(json(row.cell(0).toString()));
            ruptures.add(row.cell(2).toString());
            rates.add(
                    row.cell(5) == null
                            ? "null"
                            : ((java.math.BigDecimal) row.cell(5))
                                    .movePointRight(2)
                                    .setScale(2, java.math.RoundingMode.HALF_UP)
                                    .toPlainString());
        }
        return "{\"labels\":[" + String.join(",", labels) + "],\"ruptures\":[" + String.join(",", ruptures)
                + "],\"rates\":[" + String.join(",", rates) + "]}";
    }

    private static String monthChart(RuptureAnalysis.Result result) {
        AnalysisTable table = result.table("months").orElseThrow();
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (AnalysisTable.Row row : table.rows()) {
            labels.add(json(row.cell(0).toString()));
            values.add(row.cell(1).toString());
        }
        return "{\"labels\":[" + String.join(",", labels) + "],\"ruptures\":[" + String.join(",", values) + "]}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
