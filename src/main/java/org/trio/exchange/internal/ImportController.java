package org.trio.exchange.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.platform.document.Downloads;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.spreadsheet.SpreadsheetReader;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The upload page of the national dashboard's file: upload, preview (counts, first rows, likely duplicates, errors and
 * warnings), confirmation, progress (htmx polling of the job), result, and the error report.
 */
@Controller
@PreAuthorize(Roles.ADMINISTRATION)
class ImportController {

    private final ImportJobs jobs;
    private final ReferentialManagement referential;
    private final SpreadsheetReader reader;
    private final TableExports exports;
    private final Clock clock;

    ImportController(
            ImportJobs jobs,
            ReferentialManagement referential,
            SpreadsheetReader reader,
            TableExports exports,
            Clock clock) {
        this.jobs = jobs;
        this.referential = referential;
        this.reader = reader;
        this.exports = exports;
        this.clock = clock;
    }

    /** The target of a user's imports: the network for its administrator, else the user's CFA. */
    static ImportTarget targetOf(CurrentUser user, ReferentialManagement referential) {
        if (user.networkId() == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        if (user.is(Role.NETWORK_ADMIN)) {
            Set<Long> cfas = referential.cfasOfNetwork(user.networkId()).stream()
                    .map(CfaInfo::id)
                    .collect(Collectors.toSet());
            return new ImportTarget(user.networkId(), cfas, true, user.username());
        }
        if (user.cfaId() == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        return new ImportTarget(user.networkId(), Set.of(user.cfaId()), false, user.username());
    }

    @GetMapping("/exchange/imports")
    String imports(CurrentUser user, Model model) {
        ImportTarget target = targetOf(user, referential);
        model.addAttribute("jobs", jobs.recent(target.networkId(), target.networkWide() ? null : user.cfaId(), 20));
        model.addAttribute("columns", TdbColumn.values());
        return "exchange/imports";
    }

    /** The recent imports as a table (XLSX or CSV). */
    @GetMapping(path = "/exchange/imports", params = "format")
    ResponseEntity<StreamingResponseBody> exportImports(CurrentUser user, @RequestParam String format) {
        ImportTarget target = targetOf(user, referential);
        List<ImportJobs.Job> recent = jobs.recent(target.networkId(), target.networkWide() ? null : user.cfaId(), 500);
        Table<ImportJobs.Job> table = Table.<ImportJobs.Job>titled("Imports du fichier du tableau de bord")
                .dateTime("Date", ImportJobs.Job::createdAt)
                .text("Fichier", ImportJobs.Job::fileName)
                .text("Par", ImportJobs.Job::username)
                .text("Origine", job -> switch (job.source()) {
                    case "API" -> "API";
                    case "CLI" -> "ligne de commande";
                    default -> "page";
                })
                .text("État", job -> job.state().name())
                .integer("Lignes", ImportJobs.Job::rowsTotal)
                .integer("Nouvelles", ImportJobs.Job::rowsNew)
                .integer("Mises à jour", ImportJobs.Job::rowsUpdated)
                .integer("Inchangées", ImportJobs.Job::rowsUnchanged)
                .integer("Erreurs", ImportJobs.Job::errors)
                .integer("Avertissements", ImportJobs.Job::warnings)
                .rows(recent);
        return exports.respond(format, "imports-tableau-de-bord", table);
    }

    @PostMapping("/exchange/imports")
    String upload(
            CurrentUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        ImportTarget target = targetOf(user, referential);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "import.file.missing");
            return "redirect:/exchange/imports";
        }
        String name = file.getOriginalFilename() == null ? "fichier" : file.getOriginalFilename();
        long id = jobs.create(target, target.networkWide() ? null : user.cfaId(), "PAGE", name, file.getBytes());
        jobs.analyseLater(id, target);
        return "redirect:/exchange/imports/" + id;
    }

    @GetMapping("/exchange/imports/{id}")
    String job(
            CurrentUser user,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ImportJobs.Job job = visible(user, id);
        model.addAttribute("job", job);
        model.addAttribute("issues", jobs.issues(id, 300));
        model.addAttribute(
                "preview",
                jobs.analysis(id)
                        .map(analysis -> analysis.rows().stream().limit(10).toList())
                        .orElse(List.of()));
        return htmx != null ? "exchange/import :: progress" : "exchange/import";
    }

    @PostMapping("/exchange/imports/{id}/confirm")
    String confirm(CurrentUser user, @PathVariable long id) {
        ImportJobs.Job job = visible(user, id);
        if (job.state() == ImportJobs.State.READY) {
            jobs.importLater(id, targetOf(user, referential));
        }
        return "redirect:/exchange/imports/" + id;
    }

    /** The error report: the faulty rows with marked cells and comments, and the list of problems. */
    @GetMapping("/exchange/imports/{id}/report")
    ResponseEntity<StreamingResponseBody> report(CurrentUser user, @PathVariable long id) {
        ImportJobs.Job job = visible(user, id);
        List<ImportIssue> issues = jobs.issues(id, Integer.MAX_VALUE);
        byte[] content = jobs.hasContent(id) ? jobs.content(id) : null;
        String fileName = Downloads.datedFileName("rapport-import-" + id, LocalDate.now(clock), "xlsx");
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
                .cacheControl(CacheControl.noStore())
                .body(out -> ImportReport.write(content, job.fileName(), issues, reader, out));
    }

    /** The problems of a job as a table (XLSX or CSV). */
    @GetMapping(path = "/exchange/imports/{id}", params = "format")
    ResponseEntity<StreamingResponseBody> issues(CurrentUser user, @PathVariable long id, @RequestParam String format) {
        visible(user, id);
        List<ImportIssue> issues = jobs.issues(id, Integer.MAX_VALUE);
        Table<ImportIssue> table = Table.<ImportIssue>titled("Problèmes de l'import " + id)
                .integer("Ligne", issue -> issue.row() > 0 ? issue.row() : null)
                .text("Colonne", ImportIssue::columnLetter)
                .text("Nom de la colonne", ImportIssue::columnName)
                .text("Valeur", ImportIssue::value)
                .text("Problème", ImportIssue::reason)
                .text("Gravité", issue -> switch (issue.severity()) {
                    case ERROR -> "erreur";
                    case WARNING -> "avertissement";
                    case DUPLICATE -> "doublon probable";
                })
                .rows(issues);
        return exports.respond(format, "problemes-import-" + id, table);
    }

    private ImportJobs.Job visible(CurrentUser user, long id) {
        ImportTarget target = targetOf(user, referential);
        ImportJobs.Job job = jobs.job(id).orElseThrow(() -> notFound());
        boolean mine = job.networkId() == target.networkId()
                && (target.networkWide() || (job.cfaId() != null && target.allows(job.cfaId())));
        if (!mine) {
            throw notFound();
        }
        return job;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
