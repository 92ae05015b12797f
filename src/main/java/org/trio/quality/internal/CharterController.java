package org.trio.quality.internal;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.pdf.PdfRenderer;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.quality.internal.CharterService.AssessmentForm;
import org.trio.quality.internal.CharterService.Item;
import org.trio.referential.CfaInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** The charter's quality trajectory: each diploma team self-assesses the grid, year after year. */
@Controller
@PreAuthorize(Roles.QUALITY_TRAJECTORY)
class CharterController {

    private final CharterService charter;
    private final QualityCfas cfas;
    private final PdfRenderer pdfs;

    CharterController(CharterService charter, QualityCfas cfas, PdfRenderer pdfs) {
        this.charter = charter;
        this.cfas = cfas;
        this.pdfs = pdfs;
    }

    record ProgrammeProgress(ProgrammeInfo programme, CharterService.YearProgress progress) {}

    @GetMapping("/quality/charter")
    String programmes(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        List<Item> items = charter.items();
        List<ProgrammeProgress> rows = cfas.programmesFor(user, chosen.id(), schoolYear).stream()
                .map(programme -> new ProgrammeProgress(
                        programme,
                        charter.progression(chosen.id(), programme.id(), schoolYear.startYear(), items).stream()
                                .filter(p -> p.schoolYear() == schoolYear.startYear())
                                .findFirst()
                                .orElseThrow()))
                .toList();
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", years());
        model.addAttribute("rows", rows);
        return "quality/charter";
    }

    @GetMapping("/quality/charter/programmes/{programmeId}")
    String programme(
            CurrentUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        ProgrammeInfo programme = cfas.requireProgramme(user, chosen.id(), programmeId, schoolYear);
        List<Item> items = charter.items();
        List<CharterService.YearProgress> progression =
                charter.progression(chosen.id(), programmeId, schoolYear.startYear(), items);
        model.addAttribute("cfa", chosen);
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", years());
        model.addAttribute("programme", programme);
        model.addAttribute("areas", byArea(items));
        model.addAttribute("assessments", charter.assessments(chosen.id(), programmeId, schoolYear.startYear()));
        model.addAttribute("progression", progression);
        model.addAttribute("chart", chartJson(progression));
        return "quality/charter-programme";
    }

    @GetMapping("/quality/charter/programmes/{programmeId}/items/{itemId}")
    String item(
            CurrentUser user,
            @PathVariable long programmeId,
            @PathVariable long itemId,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        CharterService.Assessment current = charter.assessments(chosen.id(), programmeId, schoolYear.startYear())
                .get(itemId);
        model.addAttribute(
                "assessmentForm",
                current == null
                        ? new AssessmentForm(CharterAssessment.Status.NOT_STARTED, "", null, "", "")
                        : new AssessmentForm(
                                CharterAssessment.Status.valueOf(current.status()),
                                current.nextMilestone(),
                                current.milestoneDue(),
                                current.owner(),
                                current.comment()));
        return itemPage(user, chosen, schoolYear, programmeId, itemId, model);
    }

    private String itemPage(
            CurrentUser user, CfaInfo cfa, SchoolYear year, long programmeId, long itemId, Model model) {
        ProgrammeInfo programme = cfas.requireProgramme(user, cfa.id(), programmeId, year);
        Item item = charter.item(itemId)
                .filter(Item::assessable)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CharterService.Assessment current =
                charter.assessments(cfa.id(), programmeId, year.startYear()).get(itemId);
        model.addAttribute("cfa", cfa);
        model.addAttribute("year", year);
        model.addAttribute("programme", programme);
        model.addAttribute("item", item);
        model.addAttribute("statuses", CharterAssessment.Status.values());
        model.addAttribute("evidence", current == null ? List.of() : charter.evidence(current.id()));
        return "quality/charter-item";
    }

    @PostMapping("/quality/charter/programmes/{programmeId}/items/{itemId}")
    String assess(
            CurrentUser user,
            @PathVariable long programmeId,
            @PathVariable long itemId,
            @RequestParam long cfa,
            @RequestParam String year,
            @Valid @ModelAttribute AssessmentForm assessmentForm,
            BindingResult result,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        cfas.requireProgramme(user, chosen.id(), programmeId, schoolYear);
        if (charter.item(itemId).filter(Item::assessable).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!result.hasErrors()) {
            try {
                charter.assess(
                        chosen.id(),
                        programmeId,
                        schoolYear.startYear(),
                        itemId,
                        assessmentForm,
                        file,
                        user.username());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/charter/programmes/" + programmeId + "/items/" + itemId + "?cfa="
                        + chosen.id() + "&year=" + schoolYear.label();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return itemPage(user, chosen, schoolYear, programmeId, itemId, model);
    }

    @GetMapping("/quality/charter/evidence/{id}")
    ResponseEntity<byte[]> evidence(CurrentUser user, @PathVariable long id) {
        var entry = charter.evidenceFile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CharterAssessment assessment = entry.getKey();
        cfas.requireProgramme(user, assessment.cfaId, assessment.programmeId, new SchoolYear(assessment.schoolYear));
        EvidenceFiles.StoredFile file = entry.getValue();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @GetMapping("/quality/charter/programmes/{programmeId}/pdf")
    ResponseEntity<byte[]> pdf(
            CurrentUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable String year) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        ProgrammeInfo programme = cfas.requireProgramme(user, chosen.id(), programmeId, schoolYear);
        List<Item> items = charter.items();
        return pdfs.respond(
                "trajectoire-qualite-" + programme.shortLabel(),
                "pdf/quality/charter-trajectory",
                "Trajectoire qualité — " + programme.label() + " — " + schoolYear.label(),
                Map.of(
                        "cfa",
                        chosen,
                        "programme",
                        programme,
                        "year",
                        schoolYear,
                        "areas",
                        byArea(items),
                        "assessments",
                        charter.assessments(chosen.id(), programmeId, schoolYear.startYear()),
                        "progression",
                        charter.progression(chosen.id(), programmeId, schoolYear.startYear(), items)));
    }

    /** The grid's items by action area, then by column (périmètres, socle, jalons et cible). */
    static Map<String, Map<String, List<Item>>> byArea(List<Item> items) {
        Map<String, Map<String, List<Item>>> areas = new LinkedHashMap<>();
        for (Item item : items) {
            areas.computeIfAbsent(item.area() + ". " + item.areaTitle(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(item.kind(), key -> new java.util.ArrayList<>())
                    .add(item);
        }
        return areas;
    }

    private static String chartJson(List<CharterService.YearProgress> progression) {
        String labels = progression.stream().map(p -> "\"" + p.label() + "\"").collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"labels\":[" + labels + "],\"datasets\":["
                + dataset(
                        "Atteints", progression.stream().map(p -> p.achieved()).toList())
                + ","
                + dataset(
                        "En cours",
                        progression.stream().map(p -> p.inProgress()).toList())
                + ","
                + dataset(
                        "Non engagés",
                        progression.stream().map(p -> p.notStarted()).toList()) + "]}";
    }

    private static String dataset(String label, List<Long> values) {
        return "{\"label\":\"" + label + "\",\"data\":["
                + values.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
    }

    private SchoolYear year(@Nullable String label) {
        return label != null && SchoolYear.isValidLabel(label)
                ? SchoolYear.parse(label)
                : SchoolYear.of(charter.today());
    }

    private List<SchoolYear> years() {
        SchoolYear current = SchoolYear.of(charter.today());
        return List.of(
                current.next(), current, current.previous(), current.previous().previous());
    }

    @Bean
    static NavigationEntry charterNavigation() {
        return new NavigationEntry(
                NavigationSection.QUALITY,
                "nav.quality.charter",
                "/quality/charter",
                "signpost-split",
                5,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "QUALITY_MANAGER", "PROGRAMME_LEAD", "DEPUTY_PEDAGOGY"));
    }
}
