package org.trio.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trio.access.ApprenticeScope;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.ContractFigures;
import org.trio.contract.StatusManagement;
import org.trio.contract.StatusOnDay;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;

/**
 * The REST API, for the CFAs' other systems: push apprentice records in the national dashboard's upload format (one by
 * one, or a whole file imported in the background), read statuses, headcounts and rupture figures. Every call is made
 * with an API key of a CFA (or of the network) and within its scopes; errors are RFC 9457 problem details in French.
 */
@RestController
@SecurityRequirement(name = "cle")
@SecurityRequirement(name = "bearer")
class ApiController {

    /** The most bytes of a file sent as the raw body of a request (the same as an upload of the page). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final ImportService imports;
    private final ImportJobs jobs;
    private final StatusManagement statuses;
    private final ContractFigures figures;
    private final TrainingRecords trainings;
    private final ReferentialManagement referential;
    private final Clock clock;

    ApiController(
            ImportService imports,
            ImportJobs jobs,
            StatusManagement statuses,
            ContractFigures figures,
            TrainingRecords trainings,
            ReferentialManagement referential,
            Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.statuses = statuses;
        this.figures = figures;
        this.trainings = trainings;
        this.referential = referential;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- answers

    /** What pushing a record did. */
    record PushResult(long apprenticeId, String change, List<Issue> warnings) {}

    /** A problem of a record or a file, as in the error report. */
    record Issue(int row, String column, String field, String value, String reason, String severity) {

        static Issue of(ImportIssue issue) {
            return new Issue(
                    issue.row(),
                    issue.columnLetter(),
                    issue.columnName(),
                    issue.value(),
                    issue.reason(),
                    issue.severity().name().toLowerCase(Locale.ROOT));
        }
    }

    /** An import of a file and how far it went. */
    record ImportState(
            long id,
            String fileName,
            String state,
            int rowsTotal,
            int rowsDone,
            int rowsNew,
            int rowsUpdated,
            int rowsUnchanged,
            int errors,
            int warnings,
            int duplicates,
            @Nullable String message,
            List<Issue> issues) {}

    /** An apprentice's status on a day. */
    record Status(
            long apprenticeId,
            @Nullable String ine,
            String lastName,
            String firstName,
            LocalDate birthDate,
            LocalDate date,
            String status,
            LocalDate since,
            long days) {}

    /** Headcounts on a day. */
    record Headcounts(
            LocalDate date,
            long apprentis,
            long inscritsSansContrat,
            long rupturants,
            long abandons,
            long apprenants,
            Map<String, Long> parStatut) {}

    /** Rupture figures of a school year at a reference date. */
    record Ruptures(
            String anneeScolaire,
            LocalDate dateDeReference,
            long inscritsActifs,
            long rupturesNettes,
            @Nullable BigDecimal taux,
            Map<String, Long> parPeriode) {}

    // --------------------------------------------------------------------------------------------------- records

    @PostMapping(path = "/api/v1/apprentices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Apprentis")
    @Operation(
            summary = "Envoyer la fiche d'un apprenti",
            description = "Les champs sont ceux du fichier de téléversement du tableau de bord (nom_apprenant,"
                    + " prenom_apprenant, …, 62 champs dont jusqu'à 4 contrats) et sont contrôlés comme un fichier :"
                    + " la fiche est créée, mise à jour ou laissée inchangée (clé : UAI responsable, année scolaire et"
                    + " apprenti). Portée : apprentices:write.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(ref = "#/components/schemas/FicheApprenti"))))
    @ApiResponse(responseCode = "201", description = "Fiche créée")
    @ApiResponse(responseCode = "200", description = "Fiche mise à jour ou inchangée")
    @ApiResponse(
            responseCode = "422",
            description = "Fiche refusée : les erreurs sont dans « errors »",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<PushResult> push(@RequestBody Map<String, Object> fields) {
        ApiKeys.Key key = caller(ApiScope.APPRENTICES_WRITE);
        Map<TdbColumn, String> values = new EnumMap<>(TdbColumn.class);
        List<String> unknown = new ArrayList<>();
        fields.forEach((name, value) -> TdbColumn.ofHeader(name)
                .ifPresentOrElse(
                        column -> values.put(column, value == null ? "" : value.toString()), () -> unknown.add(name)));
        if (!unknown.isEmpty()) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Champs inconnus",
                    "Champs absents du format de téléversement : " + String.join(", ", unknown)
                            + ". Les noms sont ceux du modèle (nom_apprenant, prenom_apprenant, …).");
        }
        ImportTarget target = target(key);
        ImportAnalysis analysis = imports.analyseRecord(column -> values.getOrDefault(column, ""), target);
        if (!analysis.importable()) {
            throw ApiProblem.invalidRecord(analysis.issues().stream()
                    .filter(ImportIssue::isError)
                    .map(Issue::of)
                    .toList());
        }
        ImportAnalysis.Change change = analysis.rows().get(0).change();
        ImportService.Outcome outcome;
        try {
            outcome = imports.commit(analysis, target, null, ImportService.Progress.NONE);
        } catch (ImportService.ImportFailure failure) {
            throw ApiProblem.invalidRecord(List.of(Issue.of(failure.issue())));
        }
        long apprenticeId = outcome.apprenticeIds().isEmpty()
                ? analysis.rows().get(0).apprenticeId()
                : outcome.apprenticeIds().iterator().next();
        List<Issue> warnings = analysis.issues().stream()
                .filter(issue -> !issue.isError())
                .map(Issue::of)
                .toList();
        PushResult result = new PushResult(apprenticeId, change.name().toLowerCase(Locale.ROOT), warnings);
        return change == ImportAnalysis.Change.NEW
                ? ResponseEntity.created(URI.create("/api/v1/apprentices/" + apprenticeId + "/status"))
                        .body(result)
                : ResponseEntity.ok(result);
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Tag(name = "Imports")
    @Operation(
            summary = "Importer un fichier du tableau de bord",
            description = "Le fichier (XLSX ou CSV, 62 colonnes) est analysé puis importé en arrière-plan, tout ou"
                    + " rien ; suivez l'import à l'adresse rendue dans Location. Portée : apprentices:write.")
    @ApiResponse(responseCode = "202", description = "Import commencé")
    ResponseEntity<ImportState> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        ApiKeys.Key key = caller(ApiScope.APPRENTICES_WRITE);
        if (file.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Fichier vide", "Le fichier envoyé est vide.");
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "fichier.csv"
                        : file.getOriginalFilename();
        return start(key, name, read(file.getInputStream()));
    }

    @PostMapping(
            path = "/api/v1/imports",
            consumes = {
                "text/csv",
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @Tag(name = "Imports")
    @Operation(
            summary = "Importer un fichier du tableau de bord envoyé tel quel",
            description = "Le corps de la requête est le fichier (CSV ou XLSX) ; son nom est donné par le paramètre"
                    + " fileName (son extension dit son format). Portée : apprentices:write.")
    @ApiResponse(responseCode = "202", description = "Import commencé")
    ResponseEntity<ImportState> importBody(
            @RequestParam(defaultValue = "fichier.csv") String fileName, InputStream body) throws IOException {
        ApiKeys.Key key = caller(ApiScope.APPRENTICES_WRITE);
        byte[] content = read(body);
        if (content.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Fichier vide", "Le corps de la requête est vide.");
        }
        return start(key, fileName, content);
    }

    private ResponseEntity<ImportState> start(ApiKeys.Key key, String fileName, byte[] content) {
        ImportTarget target = target(key);
        long id = jobs.create(target, key.cfaId(), "API", fileName, content);
        jobs.analyseAndImportLater(id, target);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + id))
                .body(state(jobs.job(id).orElseThrow()));
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            throw new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE, "Fichier trop gros", "Le fichier dépasse 50 Mo : découpez-le.");
        }
        return content;
    }

    @GetMapping("/api/v1/imports/{id}")
    @Tag(name = "Imports")
    @Operation(
            summary = "Suivre un import",
            description = "État (QUEUED, ANALYSING, READY, REFUSED, IMPORTING, DONE, FAILED), lignes traitées, et les"
                    + " 200 premiers problèmes. Portée : apprentices:write.")
    ImportState importState(@PathVariable long id) {
        ApiKeys.Key key = caller(ApiScope.APPRENTICES_WRITE);
        ImportJobs.Job job = jobs.job(id)
                .filter(j -> j.networkId() == key.networkId()
                        && (key.cfaId() == null || key.cfaId().equals(j.cfaId())))
                .orElseThrow(() -> ApiProblem.notFound("Import " + id + " inconnu pour cette clé."));
        return state(job);
    }

    private ImportState state(ImportJobs.Job job) {
        return new ImportState(
                job.id(),
                job.fileName(),
                job.state().name(),
                job.rowsTotal(),
                job.rowsDone(),
                job.rowsNew(),
                job.rowsUpdated(),
                job.rowsUnchanged(),
                job.errors(),
                job.warnings(),
                job.duplicates(),
                job.message(),
                jobs.issues(job.id(), 200).stream().map(Issue::of).toList());
    }

    // -------------------------------------------------------------------------------------------------- statuses

    @GetMapping("/api/v1/apprentices/{id}/status")
    @Tag(name = "Statuts")
    @Operation(
            summary = "Statut d'un apprenti à une date",
            description =
                    "INSCRIT, APPRENTI, RUPTURANT, ABANDON ou FIN_DE_FORMATION (règles du tableau de bord), depuis"
                            + " quand. Date par défaut : aujourd'hui. Portée : statuses:read.")
    Status status(
            @PathVariable long id,
            @Parameter(description = "AAAA-MM-JJ")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        ApiKeys.Key key = caller(ApiScope.STATUSES_READ);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        ApprenticeInfo apprentice = referential
                .apprentice(id)
                .filter(a -> cfasOf(key).contains(a.cfaId()))
                .orElseThrow(() -> ApiProblem.notFound("Apprenti " + id + " inconnu pour cette clé."));
        StatusOnDay status = statuses.statusOn(id, day)
                .orElseThrow(() -> ApiProblem.notFound("L'apprenti " + id + " n'a pas d'inscription l'année scolaire "
                        + SchoolYear.of(day).label() + "."));
        return status(apprentice, status);
    }

    @GetMapping("/api/v1/statuses")
    @Tag(name = "Statuts")
    @Operation(
            summary = "Statuts des apprentis à une date",
            description = "Les apprentis inscrits l'année scolaire de la date dans les CFA de la clé (ou dans un seul"
                    + " CFA donné par son UAI), par pages de 500 au plus. Portée : statuses:read.")
    List<Status> statuses(
            @Parameter(description = "AAAA-MM-JJ")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @RequestParam(required = false) String uai,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "500") int size) {
        ApiKeys.Key key = caller(ApiScope.STATUSES_READ);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        Set<Long> cfas = cfas(key, uai);
        List<TrainingRecords.TrainingRecord> records =
                trainings.trainings(cfas, List.of(), SchoolYear.of(day).startYear(), null);
        Map<Long, StatusOnDay> onDay = statuses.enrolmentStatusesOn(
                records.stream().map(r -> r.enrolment().id()).toList(), day);
        int pageSize = Math.max(1, Math.min(500, size));
        List<StatusOnDay> slice = records.stream()
                .map(r -> onDay.get(r.enrolment().id()))
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingLong(StatusOnDay::apprenticeId).thenComparing(StatusOnDay::enrolmentId))
                .skip((long) Math.max(0, page) * pageSize)
                .limit(pageSize)
                .toList();
        Map<Long, ApprenticeInfo> apprentices = referential.apprentices(
                slice.stream().map(StatusOnDay::apprenticeId).collect(Collectors.toSet()));
        return slice.stream()
                .map(status -> status(apprentices.get(status.apprenticeId()), status))
                .toList();
    }

    private static Status status(ApprenticeInfo a, StatusOnDay status) {
        return new Status(
                a.id(),
                a.ine(),
                a.lastName(),
                a.firstName(),
                a.birthDate(),
                status.day(),
                status.status().nationalCode(),
                status.since(),
                status.days());
    }

    // --------------------------------------------------------------------------------------------------- figures

    @GetMapping("/api/v1/figures/headcounts")
    @Tag(name = "Chiffres")
    @Operation(
            summary = "Effectifs à une date",
            description = "Les effectifs du tableau de bord (apprentis = APPRENTI + FIN_DE_FORMATION ; apprenants ="
                    + " apprentis + inscrits + rupturants) dans les CFA de la clé ou un seul. Portée : figures:read.")
    Headcounts headcounts(
            @Parameter(description = "AAAA-MM-JJ")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @RequestParam(required = false) String uai) {
        ApiKeys.Key key = caller(ApiScope.FIGURES_READ);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        ContractFigures.Headcounts counts = figures.headcounts(scope(key, uai), day);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ApprenticeStatus status : ApprenticeStatus.values()) {
            byStatus.put(status.nationalCode(), counts.of(status));
        }
        return new Headcounts(
                day,
                counts.apprentices(),
                counts.of(ApprenticeStatus.WITHOUT_CONTRACT),
                counts.of(ApprenticeStatus.TERMINATED),
                counts.of(ApprenticeStatus.DROPOUT),
                counts.learners(),
                byStatus);
    }

    @GetMapping("/api/v1/figures/ruptures")
    @Tag(name = "Chiffres")
    @Operation(
            summary = "Ruptures d'une année scolaire",
            description = "Ruptures nettes de l'année scolaire jusqu'à la date de référence (par défaut le 15 août qui"
                    + " suit l'année), inscrits actifs à cette date et taux de rupture = ruptures nettes ÷ (inscrits"
                    + " actifs + ruptures nettes), par période du contrat. Portée : figures:read.")
    Ruptures ruptures(
            @Parameter(description = "première année de l'année scolaire, par exemple 2025 pour 2025-2026")
                    @RequestParam(required = false)
                    Integer year,
            @Parameter(description = "AAAA-MM-JJ")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate referenceDate,
            @RequestParam(required = false) String uai) {
        ApiKeys.Key key = caller(ApiScope.FIGURES_READ);
        int schoolYear = year == null ? SchoolYear.of(LocalDate.now(clock)).startYear() : year;
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, "Année incorrecte", "L'année scolaire se donne par sa première année.");
        }
        LocalDate reference = referenceDate == null ? ContractFigures.defaultReferenceDate(schoolYear) : referenceDate;
        ContractFigures.RuptureFigures result = figures.ruptures(scope(key, uai), schoolYear, reference);
        Map<String, Long> byPeriod = new LinkedHashMap<>();
        byPeriod.put("periodeEssai", result.byPeriod().getOrDefault(AnalysisPeriod.TRIAL, 0L));
        byPeriod.put("intermediaire", result.byPeriod().getOrDefault(AnalysisPeriod.INTERMEDIATE, 0L));
        byPeriod.put("postExamen", result.byPeriod().getOrDefault(AnalysisPeriod.POST_EXAM, 0L));
        return new Ruptures(
                new SchoolYear(schoolYear).label(),
                reference,
                result.activeLearners(),
                result.ruptures(),
                result.rate(),
                byPeriod);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** The key of the request, if it has the scope. */
    private static ApiKeys.Key caller(ApiScope scope) {
        if (!(SecurityContextHolder.getContext().getAuthentication()
                instanceof ApiSecurity.ApiKeyAuthentication authentication)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Clé d'API requise", "Requête sans clé d'API.");
        }
        if (!authentication.key().allows(scope)) {
            throw new ApiProblem(
                    HttpStatus.FORBIDDEN,
                    "Portée manquante",
                    "Cette clé d'API n'a pas la portée « " + scope.code() + " » ; demandez une clé qui l'a.");
        }
        return authentication.key();
    }

    private Set<Long> cfasOf(ApiKeys.Key key) {
        if (key.cfaId() != null) {
            return Set.of(key.cfaId());
        }
        return referential.cfasOfNetwork(key.networkId()).stream()
                .map(CfaInfo::id)
                .collect(Collectors.toSet());
    }

    private Set<Long> cfas(ApiKeys.Key key, @Nullable String uai) {
        Set<Long> cfas = cfasOf(key);
        if (uai == null || uai.isBlank()) {
            return cfas;
        }
        return referential
                .cfaByUai(uai.strip().toUpperCase(Locale.ROOT))
                .filter(cfa -> cfas.contains(cfa.id()))
                .map(cfa -> Set.of(cfa.id()))
                .orElseThrow(() -> ApiProblem.notFound("CFA d'UAI « " + uai + " » inconnu pour cette clé."));
    }

    private ApprenticeScope scope(ApiKeys.Key key, @Nullable String uai) {
        return new ApprenticeScope(cfas(key, uai), Set.of(), Set.of());
    }

    private ImportTarget target(ApiKeys.Key key) {
        return new ImportTarget(
                key.networkId(), cfasOf(key), key.cfaId() == null, key.asUser().username());
    }
}
