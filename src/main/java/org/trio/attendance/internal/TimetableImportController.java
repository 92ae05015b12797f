package org.trio.attendance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;

/** Import of a cohort's timetable from a spreadsheet or an iCalendar file, for the planners. */
@Controller
@PreAuthorize(Roles.STAFF)
class TimetableImportController {

    private final TimetableService timetables;
    private final TimetableImport imports;
    private final TimetableController timetablePage;
    private final AttendanceAccess access;
    private final AuditTrail audit;
    private final Texts texts;

    TimetableImportController(
            TimetableService timetables,
            TimetableImport imports,
            TimetableController timetablePage,
            AttendanceAccess access,
            AuditTrail audit,
            Texts texts) {
        this.timetables = timetables;
        this.imports = imports;
        this.timetablePage = timetablePage;
        this.access = access;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/attendance/cohorts/{cohortId}/timetable/import")
    String form(@PathVariable long cohortId, CurrentUser user, Model model) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        access.requirePlan(user, context);
        model.addAttribute("context", context);
        model.addAttribute("trainers", timetablePage.trainers(context.site().cfaId()));
        return "attendance/import";
    }

    @PostMapping("/attendance/cohorts/{cohortId}/timetable/import")
    String upload(
            @PathVariable long cohortId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Long trainer,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        access.requirePlan(user, context);
        model.addAttribute("context", context);
        model.addAttribute("trainers", timetablePage.trainers(context.site().cfaId()));
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", java.util.List.of(texts.get("attendance.import.file.required")));
            return "attendance/import";
        }
        TimetableImport.Result result;
        try {
            result = imports.importFile(cohortId, file.getBytes(), file.getOriginalFilename(), trainer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.failed()) {
            model.addAttribute("errors", result.errors());
            return "attendance/import";
        }
        audit.recordEvent(
                "IMPORT",
                "Emploi du temps de la promotion " + context.cohort().label() + " : " + result.created()
                        + " séances importées de « " + file.getOriginalFilename() + " »");
        redirect.addFlashAttribute("notice", texts.get("attendance.import.done", result.created(), result.skipped()));
        redirect.addFlashAttribute("warnings", texts.of(result.warnings()));
        return "redirect:/attendance/cohorts/" + cohortId + "/timetable";
    }
}
