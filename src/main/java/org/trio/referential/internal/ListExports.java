package org.trio.referential.internal;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.access.AuditTrail;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;

/**
 * The XLSX/CSV exports of the referential's lists: every row the filters select (not only the page shown), with French
 * headers; exports holding personal data are written to the audit trail.
 */
@Component
class ListExports {

    private final TableExports exports;
    private final AuditTrail audit;
    private final Choices choices;

    ListExports(TableExports exports, AuditTrail audit, Choices choices) {
        this.exports = exports;
        this.audit = audit;
        this.choices = choices;
    }

    /** A table titled by a message, whose headers are messages too. */
    <R> Table.Builder<R> table(String titleKey) {
        return Table.titled(choices.message(titleKey));
    }

    String header(String key) {
        return choices.message(key);
    }

    /** A code's French label (the code itself when it has none), or nothing for an empty code. */
    String label(String prefix, Object code) {
        if (code == null || code.toString().isEmpty()) {
            return null;
        }
        String label = choices.message(prefix + code);
        return label.equals(prefix + code) ? code.toString() : label;
    }

    /**
     * The file of the rows, in the format asked for ({@code xlsx} or {@code csv}; any other gets a French 400).
     *
     * @param personal whether the rows describe people (then the export is audited with the filters used)
     */
    <R> ResponseEntity<StreamingResponseBody> respond(
            String format, String fileKey, Table.Builder<R> table, List<R> rows, boolean personal, Object filter) {
        if (personal) {
            audit.recordEvent("EXPORT", choices.message("export.audit", choices.message(fileKey), rows.size(), filter));
        }
        return exports.respond(format, choices.message(fileKey), table.rows(rows));
    }
}
