package org.trio.platform.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Answers the {@code ?format=xlsx|csv} of list pages with the file, streamed to the browser as it is written and
 * named with the date, e.g. {@code apprentis-2026-11-23.xlsx}. An unknown format gets a 400 explaining the choices.
 *
 * <p>The list's controller answers the same URL with {@code format} in a method of its own, mapped with
 * {@code @GetMapping(path = "/apprentis", params = "format")}:
 *
 * <pre>{@code
 * ResponseEntity<StreamingResponseBody> export(@RequestParam String format, CurrentUser user, Filters filters) {
 *     return exports.respond(format, "apprentis", apprentices.table(user, filters));
 * }
 * }</pre>
 *
 * <p>The rows are read while the response is written, on another thread: give the table a rows supplier that opens
 * its own query (not a stream bound to the request's transaction). Exports of personal data should be recorded in the
 * audit trail by the calling module.
 */
@Component
public class TableExports {

    private final Clock clock;
    private final XlsxTableWriter xlsx;
    private final CsvTableWriter csv;

    public TableExports(Clock clock) {
        this.clock = clock;
        this.xlsx = new XlsxTableWriter(clock.getZone());
        this.csv = new CsvTableWriter(clock.getZone());
    }

    /**
     * The table in the format named by the request ({@code xlsx} or {@code csv}), or a 400 in French for any other.
     *
     * @param baseName the start of the file name, e.g. {@code apprentis}
     */
    public ResponseEntity<StreamingResponseBody> respond(@Nullable String format, String baseName, Table<?> table) {
        Optional<ExportFormat> parsed = ExportFormat.parse(format);
        if (parsed.isEmpty()) {
            return unknownFormat(format);
        }
        return respond(parsed.get(), baseName, table);
    }

    /** The table in the given format. */
    public ResponseEntity<StreamingResponseBody> respond(ExportFormat format, String baseName, Table<?> table) {
        StreamingResponseBody body = switch (format) {
            case XLSX -> out -> xlsx.write(table, out);
            case CSV -> out -> csv.write(table, out);
        };
        return file(format, baseName, body);
    }

    /** Several tables as one XLSX workbook, one sheet per table (reports). */
    public ResponseEntity<StreamingResponseBody> respondWorkbook(String baseName, List<? extends Table<?>> tables) {
        List<? extends Table<?>> sheets = List.copyOf(tables);
        return file(ExportFormat.XLSX, baseName, out -> xlsx.write(sheets, out));
    }

    private ResponseEntity<StreamingResponseBody> file(
            ExportFormat format, String baseName, StreamingResponseBody body) {
        String fileName = Downloads.datedFileName(baseName, LocalDate.now(clock), format.extension());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private static ResponseEntity<StreamingResponseBody> unknownFormat(@Nullable String format) {
        String given = format == null || format.isBlank()
                ? "aucun format indiqué"
                : "« " + (format.length() > 20 ? format.substring(0, 20) + "…" : format) + " »";
        byte[] message = ("Format d'export inconnu (" + given + "). Formats possibles : xlsx, csv.")
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(out -> out.write(message));
    }
}
