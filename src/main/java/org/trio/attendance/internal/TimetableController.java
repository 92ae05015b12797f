package org.trio.attendance.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionInfo;
import org.trio.attendance.SessionMode;
import org.trio.attendance.TimetableHours;
import org.trio.calendar.PeriodKind;
import org.trio.platform.web.FormErrors;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.DateRange;
import org.trio.shared.InvalidInputException;
import org.trio.shared.PublicHolidays;

/**
 * The week view of a cohort's timetable: the days with what the alternance calendar says of them, the sessions, and
 * for the planners the forms to add, change, delete and duplicate sessions.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class TimetableController {

    /** One day of the week view. */
    record DayColumn(
            LocalDate day, @Nullable PeriodKind kind, boolean cfaDay, boolean holiday, List<SessionView> sessions) {}

    /** A session as the week view shows it. */
    record SessionView(SessionInfo info, String trainer, boolean outsideCfaDays) {}

    /** The duplication form: the week to copy (any day of it) to another week. */
    record DuplicateForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate source,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate target) {}

    private final TimetableService timetables;
    private final TimetableSessions sessions;
    private final AttendanceAccess access;
    private final ReferentialManagement referential;
    private final org.trio.attendance.AttendanceManagement attendance;
    private final Texts texts;
    private final Clock clock;

    TimetableController(
            TimetableService timetables,
            TimetableSessions sessions,
            AttendanceAccess access,
            ReferentialManagement referential,
            org.trio.attendance.AttendanceManagement attendance,
            Texts texts,
            Clock clock) {
        this.timetables = timetables;
        this.sessions = sessions;
        this.access = access;
        this.referential = referential;
        this.attendance = attendance;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/attendance/cohorts/{cohortId}/timetable")
    String week(
            @PathVariable long cohortId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
            CurrentUser user,
            Model model) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        access.requireViewCohort(user, context);
        LocalDate monday = TimetableRules.mondayOf(week == null ? LocalDate.now(clock) : week);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute(
                    "sessionForm",
                    new NewSession(
                            monday, LocalTime.of(8, 30), LocalTime.of(12, 0), "", null, null, SessionMode.IN_PERSON));
        }
        fill(model, user, context, monday);
        return "attendance/timetable";
    }

    @PostMapping("/attendance/cohorts/{cohortId}/sessions")
    String plan(
            @PathVariable long cohortId,
            @Valid @ModelAttribute("sessionForm") NewSession form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        access.requirePlan(user, context);
        if (!binding.hasErrors()) {
            try {
                TimetableService.Planned planned = timetables.plan(cohortId, form, SessionSource.MANUAL, null);
                redirect.addFlashAttribute("notice", texts.get("attendance.session.planned"));
                redirect.addFlashAttribute("warnings", texts.of(planned.warnings()));
                return "redirect:/attendance/cohorts/" + cohortId + "/timetable?week=" + form.day();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        fill(model, user, context, TimetableRules.mondayOf(form.day() == null ? LocalDate.now(clock) : form.day()));
        return "attendance/timetable";
    }

    @GetMapping("/attendance/sessions/{sessionId}/edit")
    String edit(@PathVariable long sessionId, CurrentUser user, Model model) {
        TimetableSession session = timetables.find(sessionId);
        TimetableService.CohortContext context = timetables.context(session.cohortId);
        access.requirePlan(user, context);
        model.addAttribute(
                "sessionForm",
                new NewSession(
                        session.day,
                        session.start,
                        session.end,
                        session.subject,
                        session.trainerStaffId,
                        session.room,
                        session.mode));
        return editPage(model, context, session);
    }

    @PostMapping("/attendance/sessions/{sessionId}")
    String change(
            @PathVariable long sessionId,
            @Valid @ModelAttribute("sessionForm") NewSession form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TimetableSession session = timetables.find(sessionId);
        TimetableService.CohortContext context = timetables.context(session.cohortId);
        access.requirePlan(user, context);
        if (!binding.hasErrors()) {
            try {
                List<org.trio.shared.Problem> warnings = timetables.change(sessionId, form);
                redirect.addFlashAttribute("notice", texts.get("attendance.session.changed"));
                redirect.addFlashAttribute("warnings", texts.of(warnings));
                return "redirect:/attendance/cohorts/" + session.cohortId + "/timetable?week=" + form.day();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return editPage(model, context, session);
    }

    @PostMapping("/attendance/sessions/{sessionId}/delete")
    String delete(@PathVariable long sessionId, CurrentUser user, RedirectAttributes redirect) {
        TimetableSession session = timetables.find(sessionId);
        access.requirePlan(user, timetables.context(session.cohortId));
        try {
            timetables.delete(sessionId);
            redirect.addFlashAttribute("notice", texts.get("attendance.session.deleted"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", texts.of(e.problems().get(0)));
        }
        return "redirect:/attendance/cohorts/" + session.cohortId + "/timetable?week=" + session.day;
    }

    @PostMapping("/attendance/cohorts/{cohortId}/timetable/duplicate")
    String duplicate(@PathVariable long cohortId, DuplicateForm form, CurrentUser user, RedirectAttributes redirect) {
        access.requirePlan(user, timetables.context(cohortId));
        LocalDate back = form.source() == null ? LocalDate.now(clock) : form.source();
        if (form.source() == null || form.target() == null) {
            redirect.addFlashAttribute("error", texts.get("attendance.duplicate.target.required"));
            return "redirect:/attendance/cohorts/" + cohortId + "/timetable?week=" + back;
        }
        try {
            TimetableService.Duplicated duplicated = timetables.duplicateWeek(cohortId, form.source(), form.target());
            redirect.addFlashAttribute(
                    "notice", texts.get("attendance.duplicate.done", duplicated.created(), duplicated.skipped()));
            redirect.addFlashAttribute("warnings", texts.of(duplicated.warnings()));
            return "redirect:/attendance/cohorts/" + cohortId + "/timetable?week=" + form.target();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", texts.of(e.problems().get(0)));
            return "redirect:/attendance/cohorts/" + cohortId + "/timetable?week=" + back;
        }
    }

    private String editPage(Model model, TimetableService.CohortContext context, TimetableSession session) {
        model.addAttribute("context", context);
        model.addAttribute("editedSession", session.toInfo());
        model.addAttribute("trainers", trainers(context.site().cfaId()));
        model.addAttribute("modes", SessionMode.values());
        return "attendance/session-form";
    }

    private void fill(Model model, CurrentUser user, TimetableService.CohortContext context, LocalDate monday) {
        Map<Long, String> trainers = trainers(context.site().cfaId());
        Map<LocalDate, List<SessionView>> byDay = new LinkedHashMap<>();
        TimetableRules.weekDays(monday).forEach(day -> byDay.put(day, new ArrayList<>()));
        Map<Long, String> otherTrainers = new HashMap<>();
        for (TimetableSession session : sessions.findByCohortIdAndDayBetweenOrderByDayAscStartAsc(
                context.cohort().id(), monday, monday.plusDays(6))) {
            String trainer = session.trainerStaffId == null
                    ? ""
                    : Optional.ofNullable(trainers.get(session.trainerStaffId))
                            .orElseGet(() -> otherTrainers.computeIfAbsent(session.trainerStaffId, this::staffName));
            byDay.computeIfAbsent(session.day, day -> new ArrayList<>())
                    .add(new SessionView(
                            session.toInfo(),
                            trainer,
                            TimetableRules.dayProblem(context.calendar(), session.day)
                                    .isPresent()));
        }
        List<DayColumn> days = new ArrayList<>();
        byDay.forEach((day, views) -> {
            Optional<PeriodKind> kind = TimetableRules.kindOn(context.calendar(), day);
            if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY && views.isEmpty()) {
                return;
            }
            days.add(new DayColumn(
                    day,
                    kind.orElse(null),
                    kind.filter(k -> k == PeriodKind.CFA).isPresent(),
                    PublicHolidays.isHoliday(day),
                    views));
        });
        DateRange year = new DateRange(
                context.cohort().schoolYear().start(),
                context.cohort().schoolYear().end());
        TimetableHours hours = attendance.timetableHours(context.cohort().id(), year);
        model.addAttribute("context", context);
        model.addAttribute(
                "programme",
                referential.programme(context.cohort().programmeId()).orElse(null));
        model.addAttribute("monday", monday);
        model.addAttribute("days", days);
        model.addAttribute("hours", hours);
        model.addAttribute("canPlan", access.canPlan(user, context));
        model.addAttribute("canImport", access.canPlan(user, context));
        model.addAttribute("trainers", trainers);
        model.addAttribute("modes", SessionMode.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("userPerson", user.personId());
        model.addAttribute("rollCaller", AttendanceAccess.VALIDATORS.contains(user.role()));
    }

    /** The CFA's trainers and programme leads, who teach, by id with their names. */
    Map<Long, String> trainers(long cfaId) {
        Map<Long, String> trainers = new LinkedHashMap<>();
        List<StaffInfo> staff = new ArrayList<>(referential.staffOfCfa(cfaId, StaffFunction.TRAINER));
        staff.addAll(referential.staffOfCfa(cfaId, StaffFunction.PROGRAMME_LEAD));
        staff.sort(java.util.Comparator.comparing(StaffInfo::lastName).thenComparing(StaffInfo::firstName));
        staff.forEach(member -> trainers.put(member.id(), member.lastName() + " " + member.firstName()));
        return trainers;
    }

    private String staffName(long staffId) {
        return referential.staffMember(staffId).map(StaffInfo::fullName).orElse("");
    }
}
