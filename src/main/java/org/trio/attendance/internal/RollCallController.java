package org.trio.attendance.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.RollCallEntry;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffInfo;
import org.trio.shared.DateRange;
import org.trio.shared.InvalidInputException;

/**
 * The roll call of a session, made for a phone: every apprentice listed as present, the trainer taps the exceptions
 * (absent, late with the minutes, excused) and saves once. With htmx the sheet is replaced in place by the saved one,
 * with the session's counts and the cohort's completion rate.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class RollCallController {

    private final TimetableService timetables;
    private final RollCallService rollCalls;
    private final AttendanceAccess access;
    private final AttendanceManagement attendance;
    private final ReferentialManagement referential;
    private final AttendanceQueries queries;
    private final Texts texts;
    private final Clock clock;

    RollCallController(
            TimetableService timetables,
            RollCallService rollCalls,
            AttendanceAccess access,
            AttendanceManagement attendance,
            ReferentialManagement referential,
            AttendanceQueries queries,
            Texts texts,
            Clock clock) {
        this.timetables = timetables;
        this.rollCalls = rollCalls;
        this.access = access;
        this.attendance = attendance;
        this.referential = referential;
        this.queries = queries;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/attendance/sessions/{sessionId}/roll-call")
    String sheet(@PathVariable long sessionId, CurrentUser user, Model model) {
        TimetableSession session = timetables.find(sessionId);
        access.requireRollCall(user, session);
        List<RollCallService.RosterLine> roster = rollCalls.roster(session);
        model.addAttribute(
                "rollCallForm",
                new RollCallForm(roster.stream()
                        .map(line -> new RollCallEntry(line.apprenticeId(), line.status(), line.lateMinutes()))
                        .toList()));
        fill(model, session, roster);
        return "attendance/roll-call";
    }

    @PostMapping("/attendance/sessions/{sessionId}/roll-call")
    String save(
            @PathVariable long sessionId,
            @Valid @ModelAttribute("rollCallForm") RollCallForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TimetableSession session = timetables.find(sessionId);
        access.requireRollCall(user, session);
        if (form.lines().isEmpty()) {
            binding.reject("attendance.rollcall.empty", texts.get("attendance.rollcall.empty"));
        }
        if (!binding.hasErrors()) {
            try {
                rollCalls.take(sessionId, form.lines());
                if (htmx == null) {
                    redirect.addFlashAttribute("notice", texts.get("attendance.rollcall.saved"));
                    return "redirect:/attendance/sessions/" + sessionId + "/roll-call";
                }
                model.addAttribute("notice", texts.get("attendance.rollcall.saved"));
                TimetableSession saved = timetables.find(sessionId);
                List<RollCallService.RosterLine> roster = rollCalls.roster(saved);
                model.addAttribute(
                        "rollCallForm",
                        new RollCallForm(roster.stream()
                                .map(line -> new RollCallEntry(line.apprenticeId(), line.status(), line.lateMinutes()))
                                .toList()));
                fill(model, saved, roster);
                return "attendance/roll-call :: sheet";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        fill(model, session, rollCalls.roster(session));
        return htmx == null ? "attendance/roll-call" : "attendance/roll-call :: sheet";
    }

    private void fill(Model model, TimetableSession session, List<RollCallService.RosterLine> roster) {
        var cohort = referential.cohort(session.cohortId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        DateRange yearToDate = new DateRange(
                cohort.schoolYear().start(),
                today.isBefore(cohort.schoolYear().start())
                        ? cohort.schoolYear().start()
                        : today);
        model.addAttribute("rollSession", session.toInfo());
        model.addAttribute("cohort", cohort);
        model.addAttribute(
                "trainer",
                session.trainerStaffId == null
                        ? ""
                        : referential
                                .staffMember(session.trainerStaffId)
                                .map(StaffInfo::fullName)
                                .orElse(""));
        model.addAttribute("roster", roster);
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("future", session.day.isAfter(today));
        model.addAttribute("cohortSummary", attendance.summaryOfCohort(session.cohortId, yearToDate));
        model.addAttribute(
                "sessionSummary",
                queries.summary(
                        "r.session_id = :id",
                        java.util.Map.of("id", session.id),
                        new DateRange(session.day, session.day)));
        model.addAttribute("counts", counts(roster));
    }

    private static int[] counts(List<RollCallService.RosterLine> roster) {
        int[] counts = new int[AttendanceStatus.values().length];
        roster.stream()
                .filter(RollCallService.RosterLine::recorded)
                .forEach(line -> counts[line.status().ordinal()]++);
        return counts;
    }
}
