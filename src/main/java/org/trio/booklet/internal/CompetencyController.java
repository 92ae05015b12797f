package org.trio.booklet.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.spreadsheet.SheetChoice;
import org.trio.platform.spreadsheet.SpreadsheetException;
import org.trio.platform.spreadsheet.SpreadsheetReader;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The competency referentials of the network's programmes: each one's blocks and competencies, and its import from an
 * XLSX or CSV file (columns Code bloc, Bloc, Code compétence, Compétence).
 */
@Controller
@PreAuthorize(Roles.STAFF)
class CompetencyController {

    static final String EDITORS = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','DEPUTY_PEDAGOGY','PROGRAMME_LEAD')";

    /** A programme and the size of its referential. */
    public record ProgrammeRow(ProgrammeInfo programme, int competencies) {}

    private final ReferentialManagement referential;
    private final CompetencyReferentials referentials;
    private final SpreadsheetReader reader;
    private final BookletViews views;
    private final Clock clock;

    CompetencyController(
            ReferentialManagement referential,
            CompetencyReferentials referentials,
            SpreadsheetReader reader,
            BookletViews views,
            Clock clock) {
        this.referential = referential;
        this.referentials = referentials;
        this.reader = reader;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/booklet/programmes")
    String programmes(CurrentUser user, Model model) {
        List<ProgrammeInfo> programmes =
                user.networkId() == null ? List.of() : referential.programmesOfNetwork(user.networkId());
        model.addAttribute(
                "programmes",
                programmes.stream()
                        .filter(ProgrammeInfo::active)
                        .map(programme ->
                                new ProgrammeRow(programme, (int) referentials.competencies(programme.id()).stream()
                                        .filter(c -> c.active())
                                        .count()))
                        .toList());
        return "booklet/programmes";
    }

    @GetMapping("/booklet/programmes/{programmeId}/competencies")
    String referential(@PathVariable long programmeId, CurrentUser user, Model model) {
        ProgrammeInfo programme = programme(user, programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("heading", referentials.of(programmeId).orElse(null));
        model.addAttribute("blocks", views.byBlock(referentials.competencies(programmeId)));
        model.addAttribute("canImport", mayImport(user));
        model.addAttribute("zone", clock.getZone());
        return "booklet/referential";
    }

    @PostMapping("/booklet/programmes/{programmeId}/competencies")
    @PreAuthorize(EDITORS)
    String importReferential(
            @PathVariable long programmeId,
            @RequestParam(required = false) MultipartFile file,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeInfo programme = programme(user, programmeId);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importError", "booklet.referential.fileRequired");
            return referential(programmeId, user, model);
        }
        try {
            List<CompetencyFile.Block> blocks = CompetencyFile.parse(
                    reader.readAll(file.getInputStream(), file.getOriginalFilename(), SheetChoice.first()));
            int count = referentials.replace(
                    programmeId,
                    "Référentiel " + programme.label(),
                    AttachmentCheck.cleanName(file.getOriginalFilename()),
                    blocks,
                    clock.instant());
            redirect.addFlashAttribute("imported", count);
            return "redirect:/booklet/programmes/" + programmeId + "/competencies";
        } catch (SpreadsheetException e) {
            model.addAttribute("importMessage", e.getMessage());
            return referential(programmeId, user, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProgrammeInfo programme(CurrentUser user, long programmeId) {
        ProgrammeInfo programme =
                referential.programme(programmeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!Objects.equals(programme.networkId(), user.networkId())) {
            throw new AccessDeniedException("Formation d'un autre réseau");
        }
        return programme;
    }

    private static boolean mayImport(CurrentUser user) {
        return switch (user.role()) {
            case CFA_DIRECTOR, NETWORK_ADMIN, DEPUTY_PEDAGOGY, PROGRAMME_LEAD -> true;
            default -> false;
        };
    }

    @Bean
    static NavigationEntry referentialsNavigation() {
        return new NavigationEntry(
                NavigationSection.TRAINING,
                "nav.competencies",
                "/booklet/programmes",
                "list-check",
                40,
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
                        "QUALITY_MANAGER",
                        "PROGRAMME_LEAD"));
    }
}
