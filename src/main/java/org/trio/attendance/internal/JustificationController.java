package org.trio.attendance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.ApprenticeScope;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.attendance.JustificationReason;
import org.trio.attendance.JustificationStatus;
import org.trio.platform.document.Downloads;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/**
 * The justifications the secretariat examines (pending first), with their reasons and files, and the decision
 * (accepted: the absences are justified; refused, with a comment: they are not). The file of a justification opens for
 * the people allowed to see reasons, and each opening is written to the audit trail.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class JustificationController {

    /** A justification in the secretariat's list. */
    record Row(
            long id,
            long apprenticeId,
            String apprentice,
            LocalDate firstDay,
            LocalDate lastDay,
            JustificationReason reason,
            @Nullable String comment,
            JustificationStatus status,
            OffsetDateTime submittedAt,
            String submittedBy,
            @Nullable String decisionComment,
            boolean hasFile) {}

    private final JdbcClient jdbc;
    private final AttendanceAccess access;
    private final JustificationService justifications;
    private final ReferentialManagement referential;
    private final TableExports exports;
    private final AuditTrail audit;
    private final Texts texts;

    JustificationController(
            JdbcClient jdbc,
            AttendanceAccess access,
            JustificationService justifications,
            ReferentialManagement referential,
            TableExports exports,
            AuditTrail audit,
            Texts texts) {
        this.jdbc = jdbc;
        this.access = access;
        this.justifications = justifications;
        this.referential = referential;
        this.exports = exports;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/attendance/justifications")
    @PreAuthorize("hasAnyRole('SECRETARIAT','CFA_DIRECTOR')")
    String list(
            @RequestParam(required = false) @Nullable JustificationStatus status,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        JustificationStatus shown = status == null ? JustificationStatus.PENDING : status;
        Paging paging = Paging.of(page);
        model.addAttribute("page", paging.slice(rows(user, shown, paging.fetchSize(), paging.offset())));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", JustificationStatus.values());
        return "attendance/justifications";
    }

    @GetMapping(path = "/attendance/justifications", params = "format")
    @PreAuthorize("hasAnyRole('SECRETARIAT','CFA_DIRECTOR')")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String format,
            @RequestParam(required = false) @Nullable JustificationStatus status,
            CurrentUser user) {
        JustificationStatus shown = status == null ? JustificationStatus.PENDING : status;
        List<Row> rows = rows(user, shown, 1_000_000, 0);
        audit.recordEvent("EXPORT", "Justificatifs d'absence " + shown + " (" + rows.size() + " lignes)");
        Table<Row> table = Table.<Row>titled(texts.get("attendance.nav.justifications"))
                .text(texts.get("attendance.column.apprentice"), Row::apprentice)
                .date(texts.get("justificationForm.firstDay"), Row::firstDay)
                .date(texts.get("justificationForm.lastDay"), Row::lastDay)
                .text(
                        texts.get("justificationForm.reason"),
                        row -> texts.get(row.reason().messageKey()))
                .text(texts.get("justificationForm.comment"), Row::comment)
                .text(
                        texts.get("attendance.column.justification-status"),
                        row -> texts.get(row.status().messageKey()))
                .dateTime(texts.get("attendance.column.submitted"), Row::submittedAt)
                .text(texts.get("attendance.column.submitted-by"), Row::submittedBy)
                .rows(rows);
        return exports.respond(format, texts.get("attendance.export.justifications"), table);
    }

    @PostMapping("/attendance/justifications/{justificationId}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT','CFA_DIRECTOR')")
    String decide(
            @PathVariable long justificationId,
            @RequestParam(required = false) @Nullable Boolean accepted,
            @RequestParam(required = false) @Nullable String comment,
            CurrentUser user,
            RedirectAttributes redirect) {
        Justification justification = justifications.find(justificationId);
        if (!access.canValidate(user, justification)) {
            throw new AccessDeniedException("Justificatif hors de votre périmètre");
        }
        if (accepted == null) {
            redirect.addFlashAttribute("error", texts.get("attendance.justification.decision.required"));
            return "redirect:/attendance/justifications";
        }
        try {
            justifications.decide(justificationId, accepted, comment, user.username());
            redirect.addFlashAttribute(
                    "notice",
                    texts.get(
                            accepted
                                    ? "attendance.justification.decided.accepted"
                                    : "attendance.justification.decided.refused"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", texts.of(e.problems().get(0)));
        }
        return "redirect:/attendance/justifications";
    }

    @GetMapping("/attendance/justifications/{justificationId}/file")
    ResponseEntity<byte[]> file(@PathVariable long justificationId, CurrentUser user) {
        Justification justification = justifications.find(justificationId);
        if (!access.seesReasons(user, justification.apprenticeId)) {
            throw new AccessDeniedException("Justificatif réservé à l'apprenti, à sa famille et au secrétariat");
        }
        JustificationFile file = justifications
                .file(justificationId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "Pas de fichier"));
        audit.recordRestrictedRead(user, justification.apprenticeId, org.trio.access.DataCategory.HEALTH);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(file.fileName))
                .cacheControl(CacheControl.noStore())
                .body(file.content);
    }

    private List<Row> rows(CurrentUser user, JustificationStatus status, int limit, long offset) {
        ApprenticeScope scope = access.scopeOf(user);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("status", status.name());
        List<Row> rows = jdbc.sql("select j.id, j.apprentice_id, '' as apprentice, j.first_day, j.last_day, j.reason,"
                        + " j.comment, j.status, j.submitted_at, j.submitted_by, j.decision_comment,"
                        + " exists (select 1 from attendance.justification_file f where f.justification_id = j.id)"
                        + " as has_file from attendance.justification j where j.status = :status and "
                        + scope.sql("j.cfa_id", "j.site_id", "j.apprentice_id")
                        + " order by j.submitted_at, j.id limit :limit offset :offset")
                .params(parameters)
                .param("limit", limit)
                .param("offset", offset)
                .query(Row.class)
                .list();
        Map<Long, ApprenticeInfo> people =
                referential.apprentices(rows.stream().map(Row::apprenticeId).toList());
        return rows.stream()
                .map(row -> new Row(
                        row.id(),
                        row.apprenticeId(),
                        people.containsKey(row.apprenticeId())
                                ? people.get(row.apprenticeId()).lastName() + " "
                                        + people.get(row.apprenticeId()).firstName()
                                : "",
                        row.firstDay(),
                        row.lastDay(),
                        row.reason(),
                        row.comment(),
                        row.status(),
                        row.submittedAt(),
                        row.submittedBy(),
                        row.decisionComment(),
                        row.hasFile()))
                .toList();
    }
}
