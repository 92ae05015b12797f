package org.trio.quality.internal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.referential.CfaInfo;
import org.trio.shared.InvalidInputException;

/** Qualiopi: readiness of the 32 indicators, the evidence store and the audit pack. */
@Controller
@PreAuthorize(Roles.QUALITY)
class QualiopiController {

    private final QualiopiService qualiopi;
    private final EvidenceFiles files;
    private final AuditPack auditPack;
    private final QualityCfas cfas;
    private final AuditTrail audit;
    private final org.trio.platform.document.TableExports exports;
    private final org.springframework.context.MessageSource messages;

    QualiopiController(
            QualiopiService qualiopi,
            EvidenceFiles files,
            AuditPack auditPack,
            QualityCfas cfas,
            AuditTrail audit,
            org.trio.platform.document.TableExports exports,
            org.springframework.context.MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
        this.qualiopi = qualiopi;
        this.files = files;
        this.auditPack = auditPack;
        this.cfas = cfas;
        this.audit = audit;
    }

    @GetMapping("/quality/qualiopi")
    String readiness(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate reference,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        LocalDate day = reference == null ? qualiopi.today() : reference;
        List<Readiness.Line> lines = qualiopi.readiness(chosen.id(), day);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("reference", day);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Readiness.Status.values());
        model.addAttribute("criteria", qualiopi.criteria());
        model.addAttribute(
                "lines",
                status == null || status.isBlank()
                        ? lines
                        : lines.stream()
                                .filter(l -> l.status().name().equals(status))
                                .toList());
        model.addAttribute("present", count(lines, Readiness.Status.PRESENT));
        model.addAttribute("outOfDate", count(lines, Readiness.Status.OUT_OF_DATE));
        model.addAttribute("missing", count(lines, Readiness.Status.MISSING));
        return "quality/qualiopi";
    }

    /** The readiness table of the page, with the page's filters (CFA, reference date, status), as XLSX or CSV. */
    @GetMapping(path = "/quality/qualiopi", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    CurrentUser user,
                    @RequestParam(required = false) @Nullable Long cfa,
                    @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate reference,
                    @RequestParam(required = false) @Nullable String status,
                    @RequestParam String format) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        LocalDate day = reference == null ? qualiopi.today() : reference;
        List<Readiness.Line> lines = qualiopi.readiness(chosen.id(), day).stream()
                .filter(l ->
                        status == null || status.isBlank() || l.status().name().equals(status))
                .toList();
        var table = org.trio.platform.document.Table.<Readiness.Line>titled("Préparation Qualiopi")
                .integer("Indicateur", l -> l.indicator().number())
                .integer("Critère", l -> l.indicator().criterion())
                .text("Libellé", l -> l.indicator().title())
                .text(
                        "État",
                        l -> messages.getMessage(
                                "qualiopi.status." + l.status(),
                                null,
                                l.status().name(),
                                java.util.Locale.FRENCH))
                .integer("Preuves à jour", Readiness.Line::current)
                .integer("Preuves", l -> l.items().size())
                .rows(lines);
        return exports.respond(format, "qualiopi-" + day, table);
    }

    private static long count(List<Readiness.Line> lines, Readiness.Status status) {
        return lines.stream().filter(line -> line.status() == status).count();
    }

    @GetMapping("/quality/qualiopi/indicators/{number}")
    String indicator(
            CurrentUser user,
            @PathVariable int number,
            @RequestParam(required = false) @Nullable Long cfa,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        model.addAttribute("evidenceForm", new EvidenceForm(number, "", "", "FILE", "", qualiopi.today(), null));
        return indicatorPage(chosen, number, model);
    }

    private String indicatorPage(CfaInfo cfa, int number, Model model) {
        Readiness.Indicator indicator =
                qualiopi.indicator(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = qualiopi.today();
        Readiness.Line line = Readiness.assess(List.of(indicator), qualiopi.items(cfa.id(), today), today)
                .get(0);
        model.addAttribute("cfa", cfa);
        model.addAttribute("line", line);
        model.addAttribute("today", today);
        model.addAttribute("criterion", qualiopi.criteria().get(indicator.criterion()));
        return "quality/qualiopi-indicator";
    }

    @PostMapping("/quality/qualiopi/evidence")
    String add(
            CurrentUser user,
            @RequestParam long cfa,
            @Valid @ModelAttribute EvidenceForm evidenceForm,
            BindingResult result,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        if (!result.hasErrors()) {
            try {
                qualiopi.add(chosen.id(), evidenceForm, file, user.username());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/qualiopi/indicators/" + evidenceForm.indicator() + "?cfa=" + chosen.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        int number = evidenceForm.indicator() == null ? 1 : Math.max(1, Math.min(32, evidenceForm.indicator()));
        return indicatorPage(chosen, number, model);
    }

    @PostMapping("/quality/qualiopi/evidence/{id}/deletion")
    String delete(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Evidence evidence = load(user, id);
        qualiopi.delete(id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/quality/qualiopi/indicators/" + evidence.indicator + "?cfa=" + evidence.cfaId;
    }

    @GetMapping("/quality/qualiopi/evidence/{id}/file")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable long id) {
        Evidence evidence = load(user, id);
        if (evidence.fileId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        EvidenceFiles.StoredFile file = files.find(evidence.fileId).orElseThrow();
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

    @GetMapping("/quality/qualiopi/audit-pack")
    ResponseEntity<byte[]> auditPack(CurrentUser user, @RequestParam(required = false) @Nullable Long cfa) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        LocalDate today = qualiopi.today();
        byte[] zip = auditPack.build(chosen, today);
        audit.recordEvent("EXPORT", "Dossier d'audit Qualiopi du CFA " + chosen.name());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("dossier-audit-qualiopi-" + chosen.uai() + "-" + today + ".zip")
                                .build()
                                .toString())
                .body(zip);
    }

    private Evidence load(CurrentUser user, long id) {
        Evidence evidence = qualiopi.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        cfas.require(user, evidence.cfaId);
        return evidence;
    }

    @Bean
    static NavigationEntry qualiopiNavigation() {
        return new NavigationEntry(
                NavigationSection.QUALITY,
                "nav.quality.qualiopi",
                "/quality/qualiopi",
                "patch-check",
                40,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "QUALITY_MANAGER"));
    }
}
