package org.trio.attendance.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.JustificationReason;
import org.trio.attendance.JustificationStatus;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/**
 * An apprentice's attendance: the list of the apprentices a user follows with their figures, one apprentice's page
 * (figures, absences, justifications, the form to justify, the certificate), the "Assiduité" section of the apprentice
 * file, and the apprentice's own entry ("Mes présences et absences").
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class ApprenticeAttendanceController {

    /** A justification as the apprentice's page lists it; the reason only for those who may see it. */
    record JustificationRow(
            long id,
            LocalDate firstDay,
            LocalDate lastDay,
            JustificationReason reason,
            @Nullable String comment,
            JustificationStatus status,
            OffsetDateTime submittedAt,
            @Nullable String decisionComment,
            boolean hasFile) {}

    /** A line of the list of apprentices. */
    record ApprenticeRow(long id, String lastName, String firstName, AttendanceSummary summary) {}

    private final AttendanceManagement attendance;
    private final AttendanceQueries queries;
    private final AttendanceAccess access;
    private final JustificationService justifications;
    private final CertificateService certificates;
    private final ReferentialManagement referential;
    private final TableExports exports;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    ApprenticeAttendanceController(
            AttendanceManagement attendance,
            AttendanceQueries queries,
            AttendanceAccess access,
            JustificationService justifications,
            CertificateService certificates,
            ReferentialManagement referential,
            TableExports exports,
            AuditTrail audit,
            JdbcClient jdbc,
            Texts texts,
            Clock clock) {
        this.attendance = attendance;
        this.queries = queries;
        this.access = access;
        this.justifications = justifications;
        this.certificates = certificates;
        this.referential = referential;
        this.exports = exports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/attendance/me")
    String me(CurrentUser user) {
        if (user.role() == Role.APPRENTICE && user.personId() != null) {
            return "redirect:/attendance/apprentices/" + user.personId();
        }
        return "redirect:/attendance/apprentices";
    }

    @GetMapping("/attendance/apprentices")
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        requireListAccess(user);
        PeriodParameters period = PeriodParameters.of(from, to, LocalDate.now(clock));
        Paging paging = Paging.of(page);
        var scope = access.scopeOf(user);
        Map<Long, AttendanceSummary> found = queries.orderedSummariesBy(
                "apprentice_id",
                scope.sql("s.cfa_id", "s.site_id", "r.apprentice_id"),
                scope.parameters(),
                period.range(),
                "unjustified desc, absence desc",
                paging.fetchSize(),
                paging.offset());
        Map<Long, ApprenticeInfo> people = referential.apprentices(found.keySet());
        List<ApprenticeRow> rows = found.entrySet().stream()
                .filter(entry -> people.containsKey(entry.getKey()))
                .map(entry -> new ApprenticeRow(
                        entry.getKey(),
                        people.get(entry.getKey()).lastName(),
                        people.get(entry.getKey()).firstName(),
                        entry.getValue()))
                .toList();
        model.addAttribute("page", paging.slice(rows));
        model.addAttribute("period", period);
        return "attendance/apprentices";
    }

    @GetMapping(path = "/attendance/apprentices", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            CurrentUser user) {
        requireListAccess(user);
        PeriodParameters period = PeriodParameters.of(from, to, LocalDate.now(clock));
        var scope = access.scopeOf(user);
        Map<Long, AttendanceSummary> found = queries.orderedSummariesBy(
                "apprentice_id",
                scope.sql("s.cfa_id", "s.site_id", "r.apprentice_id"),
                scope.parameters(),
                period.range(),
                "unjustified desc, absence desc",
                1_000_000,
                0);
        Map<Long, ApprenticeInfo> people = referential.apprentices(found.keySet());
        List<ApprenticeRow> rows = found.entrySet().stream()
                .filter(entry -> people.containsKey(entry.getKey()))
                .map(entry -> new ApprenticeRow(
                        entry.getKey(),
                        people.get(entry.getKey()).lastName(),
                        people.get(entry.getKey()).firstName(),
                        entry.getValue()))
                .toList();
        audit.recordEvent(
                "EXPORT",
                "Assiduité des apprentis du " + period.range().start() + " au "
                        + period.range().end() + " (" + rows.size() + " lignes)");
        Table<ApprenticeRow> table = SummaryColumns.add(
                        Table.<ApprenticeRow>titled(texts.get("attendance.nav.apprentices"))
                                .text(texts.get("attendance.column.last-name"), ApprenticeRow::lastName)
                                .text(texts.get("attendance.column.first-name"), ApprenticeRow::firstName),
                        texts,
                        ApprenticeRow::summary)
                .rows(rows);
        return exports.respond(format, texts.get("attendance.export.apprentices"), table);
    }

    @GetMapping("/attendance/apprentices/{apprenticeId}")
    String apprentice(
            @PathVariable long apprenticeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            CurrentUser user,
            Model model) {
        access.requireReadAttendance(user, apprenticeId);
        if (!model.containsAttribute("justificationForm")) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute(
                    "justificationForm", new JustificationForm(today, today, JustificationReason.ILLNESS, null, false));
        }
        fill(model, user, apprenticeId, PeriodParameters.of(from, to, LocalDate.now(clock)));
        return "attendance/apprentice";
    }

    @GetMapping("/attendance/apprentices/{apprenticeId}/section")
    String section(@PathVariable long apprenticeId, CurrentUser user, Model model) {
        access.requireReadAttendance(user, apprenticeId);
        PeriodParameters period = PeriodParameters.of(null, null, LocalDate.now(clock));
        model.addAttribute("apprenticeId", apprenticeId);
        model.addAttribute("summary", attendance.summaryOfApprentice(apprenticeId, period.range()));
        model.addAttribute(
                "absences",
                attendance.absencesOf(apprenticeId, period.range()).stream()
                        .limit(5)
                        .toList());
        model.addAttribute("period", period);
        return "attendance/apprentice :: file-section";
    }

    @PostMapping("/attendance/apprentices/{apprenticeId}/justifications")
    String justify(
            @PathVariable long apprenticeId,
            @Valid @ModelAttribute("justificationForm") JustificationForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!access.canJustify(user, apprenticeId)) {
            throw new AccessDeniedException("Justificatif refusé");
        }
        boolean secretariat = user.role() == Role.SECRETARIAT;
        JustificationForm checked = new JustificationForm(
                form.firstDay(), form.lastDay(), form.reason(), form.comment(), secretariat && form.acceptNow());
        if (!binding.hasErrors()) {
            try {
                justifications.submit(apprenticeId, checked, upload(file), !secretariat, user.username());
                redirect.addFlashAttribute(
                        "notice",
                        texts.get(
                                checked.acceptNow()
                                        ? "attendance.justification.accepted"
                                        : "attendance.justification.sent"));
                return "redirect:/attendance/apprentices/" + apprenticeId;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        fill(model, user, apprenticeId, PeriodParameters.of(null, null, LocalDate.now(clock)));
        return "attendance/apprentice";
    }

    @GetMapping("/attendance/apprentices/{apprenticeId}/certificate")
    Object certificate(
            @PathVariable long apprenticeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            CurrentUser user,
            RedirectAttributes redirect) {
        if (!access.canIssueCertificate(user, apprenticeId)) {
            throw new AccessDeniedException("Attestation réservée au secrétariat, à la direction et à l'apprenti");
        }
        PeriodParameters period = PeriodParameters.of(from, to, LocalDate.now(clock));
        if (period.invalid()) {
            redirect.addFlashAttribute("error", texts.get("attendance.period.order"));
            return "redirect:/attendance/apprentices/" + apprenticeId;
        }
        audit.recordEvent(
                "CERTIFICATE",
                "Attestation d'assiduité de l'apprenti " + apprenticeId + " du "
                        + period.range().start() + " au " + period.range().end());
        return certificates.respond(apprenticeId, period.range());
    }

    private void fill(Model model, CurrentUser user, long apprenticeId, PeriodParameters period) {
        ApprenticeInfo apprentice = referential.apprentice(apprenticeId).orElseThrow();
        boolean reasons = access.seesReasons(user, apprenticeId);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("period", period);
        model.addAttribute("summary", attendance.summaryOfApprentice(apprenticeId, period.range()));
        model.addAttribute("absences", attendance.absencesOf(apprenticeId, period.range()));
        model.addAttribute("justifications", justificationsOf(apprenticeId));
        model.addAttribute("seesReasons", reasons);
        model.addAttribute("canJustify", access.canJustify(user, apprenticeId));
        model.addAttribute("fileRequired", user.role() != Role.SECRETARIAT);
        model.addAttribute("canAcceptNow", user.role() == Role.SECRETARIAT);
        model.addAttribute("canCertify", access.canIssueCertificate(user, apprenticeId));
        model.addAttribute("reasons", JustificationReason.values());
        model.addAttribute("maxMegabytes", justifications.maxFileBytes() / 1_048_576);
        model.addAttribute("today", LocalDate.now(clock));
    }

    private List<JustificationRow> justificationsOf(long apprenticeId) {
        return jdbc.sql("""
                        select j.id, j.first_day, j.last_day, j.reason, j.comment, j.status, j.submitted_at,
                               j.decision_comment, exists (select 1 from attendance.justification_file f
                                                           where f.justification_id = j.id) as has_file
                        from attendance.justification j where j.apprentice_id = :apprentice
                        order by j.first_day desc, j.id desc
                        """)
                .param("apprentice", apprenticeId)
                .query(JustificationRow.class)
                .list();
    }

    private static void requireListAccess(CurrentUser user) {
        if (!AttendanceAccess.readsAttendance(user.role())) {
            throw new AccessDeniedException("Assiduité non accessible à ce rôle");
        }
    }

    private static JustificationService.@Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new JustificationService.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
