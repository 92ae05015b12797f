package org.trio.quality.internal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.pdf.PdfRenderer;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.quality.internal.CouncilForms.DecisionForm;
import org.trio.quality.internal.CouncilForms.MeetingForm;
import org.trio.quality.internal.CouncilForms.MemberForm;
import org.trio.quality.internal.CouncilForms.NotesForm;
import org.trio.quality.internal.CouncilForms.TopicForm;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** The conseil de perfectionnement (R6231-4): members by college, meetings, agenda, decisions, dashboard, minutes. */
@Controller
@PreAuthorize(Roles.QUALITY)
class CouncilController {

    private final CouncilService council;
    private final CouncilDashboard dashboards;
    private final ActionQueries actions;
    private final QualityCfas cfas;
    private final ReferentialManagement referential;
    private final PdfRenderer pdfs;

    CouncilController(
            CouncilService council,
            CouncilDashboard dashboards,
            ActionQueries actions,
            QualityCfas cfas,
            ReferentialManagement referential,
            PdfRenderer pdfs) {
        this.council = council;
        this.dashboards = dashboards;
        this.actions = actions;
        this.cfas = cfas;
        this.referential = referential;
        this.pdfs = pdfs;
    }

    @GetMapping("/quality/council")
    String overview(CurrentUser user, @RequestParam(required = false) @Nullable Long cfa, Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("members", byCollege(council.members(chosen.id())));
        model.addAttribute("meetings", council.meetings(chosen.id()));
        model.addAttribute("today", council.today());
        model.addAttribute(
                "memberForm", new MemberForm(CouncilMember.College.EMPLOYERS, "", "", "", "", council.today()));
        model.addAttribute("meetingForm", new MeetingForm(council.today().plusMonths(1), "", ""));
        model.addAttribute("colleges", CouncilMember.College.values());
        return "quality/council";
    }

    private static Map<CouncilMember.College, List<CouncilMember>> byCollege(List<CouncilMember> members) {
        Map<CouncilMember.College, List<CouncilMember>> byCollege = new LinkedHashMap<>();
        for (CouncilMember.College college : CouncilMember.College.values()) {
            List<CouncilMember> of =
                    members.stream().filter(m -> m.college == college).toList();
            if (!of.isEmpty()) {
                byCollege.put(college, of);
            }
        }
        return byCollege;
    }

    @PostMapping("/quality/council/members")
    String addMember(
            CurrentUser user,
            @RequestParam long cfa,
            @Valid @ModelAttribute MemberForm memberForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        if (!result.hasErrors()) {
            council.addMember(chosen.id(), memberForm);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/quality/council?cfa=" + chosen.id();
        }
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("members", byCollege(council.members(chosen.id())));
        model.addAttribute("meetings", council.meetings(chosen.id()));
        model.addAttribute("today", council.today());
        model.addAttribute("meetingForm", new MeetingForm(council.today().plusMonths(1), "", ""));
        model.addAttribute("colleges", CouncilMember.College.values());
        return "quality/council";
    }

    @PostMapping("/quality/council/members/{id}/departure")
    String memberLeaves(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            RedirectAttributes redirect) {
        CouncilMember member = council.member(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        cfas.require(user, member.cfaId);
        try {
            council.memberLeaves(id, until == null ? council.today() : until);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("departureRefused", true);
        }
        return "redirect:/quality/council?cfa=" + member.cfaId;
    }

    @PostMapping("/quality/council/meetings")
    String plan(
            CurrentUser user,
            @RequestParam long cfa,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        if (!result.hasErrors()) {
            long id = council.plan(chosen.id(), meetingForm);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/quality/council/meetings/" + id;
        }
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("members", byCollege(council.members(chosen.id())));
        model.addAttribute("meetings", council.meetings(chosen.id()));
        model.addAttribute("today", council.today());
        model.addAttribute(
                "memberForm", new MemberForm(CouncilMember.College.EMPLOYERS, "", "", "", "", council.today()));
        model.addAttribute("colleges", CouncilMember.College.values());
        return "quality/council";
    }

    @GetMapping("/quality/council/meetings/{id}")
    String meeting(CurrentUser user, @PathVariable long id, Model model) {
        CouncilMeeting meeting = load(user, id);
        model.addAttribute("topicForm", new TopicForm(""));
        model.addAttribute(
                "decisionForm",
                new DecisionForm(null, "", false, "", council.today().plusMonths(3)));
        return meetingPage(meeting, model);
    }

    private String meetingPage(CouncilMeeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("cfa", referential.cfa(meeting.cfaId).orElseThrow());
        model.addAttribute(
                "members",
                council.members(meeting.cfaId).stream()
                        .filter(m -> m.activeOn(meeting.meetingDate))
                        .toList());
        model.addAttribute(
                "measures",
                actions
                        .byIds(
                                meeting.decisions.stream()
                                        .map(d -> d.improvementActionId)
                                        .filter(java.util.Objects::nonNull)
                                        .toList(),
                                council.today())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(ActionQueries.ActionRow::id, row -> row)));
        model.addAttribute(
                "dashboard",
                dashboards.of(meeting.cfaId, SchoolYear.of(meeting.meetingDate).previous(), meeting.meetingDate));
        return "quality/council-meeting";
    }

    @PostMapping("/quality/council/meetings/{id}/topics")
    String addTopic(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute TopicForm topicForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CouncilMeeting meeting = load(user, id);
        if (!result.hasErrors()) {
            council.addTopic(id, topicForm.title());
            return saved(id, redirect);
        }
        model.addAttribute(
                "decisionForm",
                new DecisionForm(null, "", false, "", council.today().plusMonths(3)));
        return meetingPage(meeting, model);
    }

    @PostMapping("/quality/council/meetings/{id}/notes")
    String notes(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute NotesForm notesForm,
            BindingResult result,
            RedirectAttributes redirect) {
        load(user, id);
        if (!result.hasErrors()) {
            try {
                council.takeNotes(id, notesForm.agendaItemId(), notesForm.notes());
            } catch (InvalidInputException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Point inconnu de l'ordre du jour");
            }
        }
        return saved(id, redirect);
    }

    @PostMapping("/quality/council/meetings/{id}/attendance")
    String attendance(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "present", required = false) @Nullable List<Long> present,
            RedirectAttributes redirect) {
        load(user, id);
        council.recordAttendance(id, present == null ? List.of() : present);
        return saved(id, redirect);
    }

    @PostMapping("/quality/council/meetings/{id}/decisions")
    String decide(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CouncilMeeting meeting = load(user, id);
        if (!result.hasErrors()) {
            try {
                council.decide(id, decisionForm);
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("topicForm", new TopicForm(""));
        return meetingPage(meeting, model);
    }

    @PostMapping("/quality/council/meetings/{id}/held")
    String held(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        load(user, id);
        try {
            council.markHeld(id);
            return saved(id, redirect);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("heldRefused", true);
            return "redirect:/quality/council/meetings/" + id;
        }
    }

    @GetMapping("/quality/council/meetings/{id}/minutes")
    ResponseEntity<byte[]> minutes(CurrentUser user, @PathVariable long id) {
        CouncilMeeting meeting = load(user, id);
        CfaInfo cfa = referential.cfa(meeting.cfaId).orElseThrow();
        List<CouncilMember> members = council.members(meeting.cfaId).stream()
                .filter(m -> m.activeOn(meeting.meetingDate))
                .toList();
        String title = "Compte rendu du conseil de perfectionnement du " + meeting.meetingDate.format(Dates.FRENCH);
        return pdfs.respond(
                "conseil-de-perfectionnement",
                "pdf/quality/council-minutes",
                title,
                Map.of(
                        "meeting",
                        meeting,
                        "cfa",
                        cfa,
                        "members",
                        members,
                        "dashboard",
                        dashboards.of(
                                meeting.cfaId,
                                SchoolYear.of(meeting.meetingDate).previous(),
                                meeting.meetingDate)));
    }

    @GetMapping("/quality/council/dashboard")
    String dashboard(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        LocalDate today = council.today();
        SchoolYear schoolYear =
                year != null && SchoolYear.isValidLabel(year) ? SchoolYear.parse(year) : SchoolYear.of(today);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("year", schoolYear);
        model.addAttribute(
                "years",
                List.of(
                        SchoolYear.of(today),
                        SchoolYear.of(today).previous(),
                        SchoolYear.of(today).previous().previous()));
        model.addAttribute(
                "dashboard",
                dashboards.of(chosen.id(), schoolYear, today.isBefore(schoolYear.end()) ? today : schoolYear.end()));
        return "quality/council-dashboard";
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/quality/council/meetings/" + id;
    }

    private CouncilMeeting load(CurrentUser user, long id) {
        CouncilMeeting meeting =
                council.meeting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        cfas.require(user, meeting.cfaId);
        return meeting;
    }

    @Bean
    static NavigationEntry councilNavigation() {
        return new NavigationEntry(
                NavigationSection.QUALITY,
                "nav.quality.council",
                "/quality/council",
                "people",
                50,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "QUALITY_MANAGER"));
    }
}
