package org.trio.booklet.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.booklet.BookletManagement;
import org.trio.calendar.CompanyStay;
import org.trio.contract.ContractInfo;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.shared.InvalidInputException;

/**
 * The livret of a contract: its timeline (period returns, notes, replies, files, who read what), the missions and
 * their validation, the evaluation grid shared at the start; the apprentice writes the period returns the calendar
 * says are due, the trio comments.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class BookletController {

    /**
     * Who the livret offers to signal a difficulty to the CFA's team (the early warning's form, by its URL): the
     * apprentice, the maître and the trainers; the staff have the early warning's own pages.
     */
    private static final Set<Role> REPORTERS = Set.of(Role.APPRENTICE, Role.MENTOR, Role.TUTOR, Role.PROGRAMME_LEAD);

    private final BookletService booklets;
    private final BookletQueries queries;
    private final BookletAccess access;
    private final BookletViews views;
    private final DueReturns dueReturns;
    private final Attachments attachments;
    private final Clock clock;

    BookletController(
            BookletService booklets,
            BookletQueries queries,
            BookletAccess access,
            BookletViews views,
            DueReturns dueReturns,
            Attachments attachments,
            Clock clock) {
        this.booklets = booklets;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.dueReturns = dueReturns;
        this.attachments = attachments;
        this.clock = clock;
    }

    @GetMapping("/booklet/contracts/{contractId}")
    String booklet(
            @PathVariable long contractId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            CurrentUser user,
            Model model) {
        ContractInfo contract = access.readable(user, contractId);
        Booklet booklet = booklets.open(contractId);
        booklets.markRead(user, booklet);
        List<CompanyStay> due = dueReturns.of(contract);
        if (!model.containsAttribute("periodReturnForm")) {
            CompanyStay first = start != null && end != null
                    ? new CompanyStay(contractId, start, end)
                    : due.isEmpty() ? null : due.get(0);
            model.addAttribute(
                    "periodReturnForm",
                    new BookletForms.PeriodReturnForm(
                            first == null ? null : first.start(),
                            first == null ? null : first.end(),
                            null,
                            null,
                            List.of()));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new BookletForms.NoteForm(null));
        }
        if (!model.containsAttribute("missionForm")) {
            model.addAttribute("missionForm", new BookletForms.MissionForm(booklet.mission));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new BookletForms.DecisionForm(null, null));
        }
        Instant now = clock.instant();
        views.header(model, contract, user);
        model.addAttribute("booklet", booklet.view());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("missionOpen", booklet.mission == null || model.containsAttribute("missionErrors"));
        model.addAttribute("timeline", queries.timeline(booklet.id));
        model.addAttribute("due", due);
        model.addAttribute("competencies", views.byBlock(booklets.competencies(booklet.programmeId)));
        model.addAttribute("canWrite", access.canWrite(user, contract));
        model.addAttribute("canReport", REPORTERS.contains(user.role()) && access.canWrite(user, contract));
        model.addAttribute("isApprentice", user.role() == Role.APPRENTICE);
        model.addAttribute("canDecide", user.role() == Role.PROGRAMME_LEAD && access.canWrite(user, contract));
        model.addAttribute("canSubmitMission", access.canWrite(user, contract) && user.role() != Role.APPRENTICE);
        model.addAttribute("canShareGrid", user.role().isStaff() && access.canWrite(user, contract));
        model.addAttribute("missionDays", booklet.missionSubmittedAt == null ? null : booklet.missionDays(now));
        model.addAttribute("missionLimit", BookletManagement.MISSION_VALIDATION_DAYS);
        model.addAttribute("missionLate", booklet.missionSubmittedAt != null && !booklet.missionWithinDelay(now));
        return "booklet/booklet";
    }

    @PostMapping("/booklet/contracts/{contractId}/returns")
    String postReturn(
            @PathVariable long contractId,
            CurrentUser user,
            @Valid @ModelAttribute("periodReturnForm") BookletForms.PeriodReturnForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        access.writable(user, contractId);
        if (user.role() != Role.APPRENTICE) {
            throw new AccessDeniedException("Le retour de période est écrit par l'apprenti");
        }
        if (!result.hasErrors()) {
            try {
                long entry = booklets.postPeriodReturn(
                        user,
                        contractId,
                        form.periodStart(),
                        form.periodEnd(),
                        form.activities(),
                        form.difficulties(),
                        new HashSet<>(form.competencyIds()),
                        accepted(files));
                redirect.addFlashAttribute("posted", true);
                return "redirect:/booklet/contracts/" + contractId + "#entree-" + entry;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return booklet(contractId, null, null, user, model);
    }

    @PostMapping("/booklet/contracts/{contractId}/notes")
    String postNote(
            @PathVariable long contractId,
            CurrentUser user,
            @Valid @ModelAttribute("noteForm") BookletForms.NoteForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        access.writable(user, contractId);
        if (!result.hasErrors()) {
            try {
                long entry = booklets.postNote(user, contractId, form.body(), accepted(files));
                redirect.addFlashAttribute("posted", true);
                return "redirect:/booklet/contracts/" + contractId + "#entree-" + entry;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return booklet(contractId, null, null, user, model);
    }

    @PostMapping("/booklet/entries/{entryId}/replies")
    String reply(
            @PathVariable long entryId,
            CurrentUser user,
            @Valid @ModelAttribute("replyForm") BookletForms.ReplyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Entry parent = booklets.entry(entryId);
        access.writable(user, parent.contractId);
        if (result.hasErrors()) {
            model.addAttribute("replyError", entryId);
            return booklet(parent.contractId, null, null, user, model);
        }
        long entry = booklets.reply(user, entryId, form.body());
        redirect.addFlashAttribute("posted", true);
        return "redirect:/booklet/contracts/" + parent.contractId + "#entree-" + entry;
    }

    @GetMapping("/booklet/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId, CurrentUser user) {
        Attachment attachment =
                attachments.findById(attachmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Entry entry = booklets.entry(attachment.entryId);
        access.readable(user, entry.contractId);
        boolean inline =
                attachment.contentType.startsWith("image/") || attachment.contentType.equals("application/pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(attachment.fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content);
    }

    @PostMapping("/booklet/contracts/{contractId}/mission")
    String submitMission(
            @PathVariable long contractId,
            CurrentUser user,
            @Valid @ModelAttribute("missionForm") BookletForms.MissionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.writable(user, contractId);
        if (user.role() == Role.APPRENTICE) {
            throw new AccessDeniedException("Les missions sont décrites par l'entreprise ou le CFA");
        }
        if (!result.hasErrors()) {
            try {
                booklets.submitMission(user, contractId, form.mission());
                redirect.addFlashAttribute("missionSubmitted", true);
                return "redirect:/booklet/contracts/" + contractId + "#mission";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("missionErrors", true);
        return booklet(contractId, null, null, user, model);
    }

    @PostMapping("/booklet/contracts/{contractId}/mission/decision")
    @PreAuthorize("hasRole('PROGRAMME_LEAD')")
    String decideMission(
            @PathVariable long contractId,
            CurrentUser user,
            @Valid @ModelAttribute("decisionForm") BookletForms.DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.writable(user, contractId);
        if (!result.hasErrors()) {
            try {
                booklets.decideMission(user, contractId, form.validated(), form.comment());
                redirect.addFlashAttribute("missionDecided", true);
                return "redirect:/booklet/contracts/" + contractId + "#mission";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return booklet(contractId, null, null, user, model);
    }

    @PostMapping("/booklet/contracts/{contractId}/grid")
    @PreAuthorize(Roles.STAFF)
    String shareGrid(@PathVariable long contractId, CurrentUser user, RedirectAttributes redirect) {
        access.writable(user, contractId);
        try {
            booklets.shareGrid(user, contractId);
            redirect.addFlashAttribute("gridShared", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("gridError", true);
        }
        return "redirect:/booklet/contracts/" + contractId + "/evaluations";
    }

    private static List<AttachmentCheck.Accepted> accepted(List<MultipartFile> files) {
        List<AttachmentCheck.Accepted> accepted = new ArrayList<>();
        if (files == null) {
            return accepted;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                accepted.add(AttachmentCheck.check(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (accepted.size() > 5) {
            throw InvalidInputException.of("file", "booklet.attachment.tooMany", 5);
        }
        return accepted;
    }

    @Bean
    static NavigationEntry bookletNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "nav.booklet",
                "/booklet",
                "journal-text",
                10,
                Set.of(
                        "CFA_DIRECTOR",
                        "NETWORK_ADMIN",
                        "PLACEMENT_ADVISOR",
                        "DEPUTY_PEDAGOGY",
                        "DEPUTY_SOCIAL",
                        "TUTOR",
                        "SECRETARIAT",
                        "DISABILITY_REFERENT",
                        "MOBILITY_REFERENT",
                        "PROGRAMME_LEAD",
                        "MENTOR",
                        "APPRENTICE",
                        "LEGAL_REPRESENTATIVE"));
    }
}
