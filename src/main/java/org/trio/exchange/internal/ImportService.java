package org.trio.exchange.internal;

import static org.trio.exchange.internal.TdbColumn.*;

import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.contract.ImportedTraining;
import org.trio.contract.TrainingRecords;
import org.trio.exchange.internal.ImportAnalysis.Change;
import org.trio.exchange.internal.ImportAnalysis.PlannedRow;
import org.trio.platform.spreadsheet.SheetChoice;
import org.trio.platform.spreadsheet.SheetRow;
import org.trio.platform.spreadsheet.SpreadsheetException;
import org.trio.platform.spreadsheet.SpreadsheetReader;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.EmployerInfo;
import org.trio.referential.HealthInfo;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCfa;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewProgramme;
import org.trio.referential.NewSite;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferenceDiploma;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.referential.SiteKind;
import org.trio.shared.Identifiers;
import org.trio.shared.InvalidInputException;

/**
 * Imports the national dashboard's upload file: {@link #analyse} reads and checks every row without saving anything
 * (the preview: counts of new, updated and unchanged rows, likely duplicates, errors and warnings), {@link #commit}
 * writes every row of an analysis without errors in one transaction — all or nothing — through the referential's and
 * the contract module's facades.
 *
 * <p>Stable key of a row: the responsible UAI, the school year and the apprentice (INE when given, else names and birth
 * date). Organisations, employers and programmes are matched by UAI, SIRET, RNCP or CFD, or created (programmes from the
 * nomenclature). Rupture causes are mapped to expressed motives by {@link CauseMatcher}.
 */
@Service
class ImportService {

    /** Reports how far an analysis or an import went. */
    interface Progress {
        void rows(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    /** The first error that stopped an import (the transaction is rolled back). */
    static final class ImportFailure extends RuntimeException {
        private final ImportIssue issue;

        ImportFailure(ImportIssue issue) {
            super(issue.message());
            this.issue = issue;
        }

        ImportIssue issue() {
            return issue;
        }
    }

    /** What an import did. */
    record Outcome(int created, int updated, int unchanged, int unmappedCauses, Set<Long> apprenticeIds) {}

    private static final int MAX_ISSUES = 50_000;

    /** Rows written between two flushes of the persistence context, which is then emptied (large files). */
    private static final int FLUSH_EVERY = 500;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    private final SpreadsheetReader reader;
    private final ReferentialManagement referential;
    private final TrainingRecords trainings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ImportService(
            SpreadsheetReader reader,
            ReferentialManagement referential,
            TrainingRecords trainings,
            JdbcClient jdbc,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.reader = reader;
        this.referential = referential;
        this.trainings = trainings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------------ analysis

    /** The encoding of a CSV file as read (shown on the preview), or empty for a workbook. */
    Optional<String> encoding(byte[] content, String fileName) {
        return reader.textEncoding(content, fileName);
    }

    /** Reads and checks a file; saves nothing. */
    @Transactional(readOnly = true)
    public ImportAnalysis analyse(byte[] content, String fileName, ImportTarget target, Progress progress) {
        List<TdbRow> rows = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        int[] total = {0};
        LocalDate today = LocalDate.now(clock);
        try {
            SheetChoice sheet = chooseSheet(content, fileName);
            TdbHeader[] header = {null};
            reader.read(new ByteArrayInputStream(content), fileName, sheet, line -> {
                if (header[0] == null) {
                    header[0] = TdbHeader.read(line.number(), line.values());
                    issues.addAll(header[0].issues());
                    if (!header[0].ok()) {
                        throw new HeaderRefused();
                    }
                    return;
                }
                total[0]++;
                TdbRowParser.Parsed parsed = TdbRowParser.parse(line.number(), cellsOf(line, header[0]), today);
                if (issues.size() < MAX_ISSUES) {
                    issues.addAll(parsed.issues());
                }
                if (parsed.row() != null) {
                    rows.add(parsed.row());
                }
                if (total[0] % 1_000 == 0) {
                    progress.rows(total[0], 0);
                }
            });
            if (header[0] == null) {
                return new ImportAnalysis(
                        fileName,
                        "Le fichier ne contient aucune ligne : il faut au moins l'en-tête du modèle et une"
                                + " ligne par apprenti.",
                        List.of(),
                        issues,
                        0);
            }
        } catch (HeaderRefused refused) {
            return new ImportAnalysis(
                    fileName,
                    "L'en-tête du fichier ne correspond pas au modèle de téléversement (62 colonnes) : voir les"
                            + " erreurs ci-dessous.",
                    List.of(),
                    issues,
                    0);
        } catch (SpreadsheetException e) {
            return new ImportAnalysis(fileName, e.getMessage(), List.of(), issues, total[0]);
        }
        if (total[0] == 0) {
            return new ImportAnalysis(
                    fileName, "Le fichier n'a aucune ligne de données sous l'en-tête.", List.of(), issues, 0);
        }
        progress.rows(total[0], total[0]);
        List<PlannedRow> planned = plan(rows, target, issues);
        return new ImportAnalysis(fileName, null, planned, issues, total[0]);
    }

    /**
     * Reads and checks one record given field by field (the API's push of an apprentice), like a file of one row;
     * saves nothing. The record is row 1 of its issues.
     */
    @Transactional(readOnly = true)
    public ImportAnalysis analyseRecord(java.util.function.Function<TdbColumn, String> values, ImportTarget target) {
        List<ImportIssue> issues = new ArrayList<>();
        TdbRowParser.Parsed parsed = TdbRowParser.parse(1, values, LocalDate.now(clock));
        issues.addAll(parsed.issues());
        List<TdbRow> rows = parsed.row() == null ? List.of() : List.of(parsed.row());
        List<PlannedRow> planned = plan(rows, target, issues);
        return new ImportAnalysis("fiche envoyée par l'API", null, planned, issues, 1);
    }

    private static final class HeaderRefused extends RuntimeException {
        HeaderRefused() {
            super(null, null, false, false);
        }
    }

    private SheetChoice chooseSheet(byte[] content, String fileName) {
        List<String> names = reader.sheetNames(new ByteArrayInputStream(content), fileName);
        return names.stream()
                .filter(name -> name.strip().equalsIgnoreCase("Modèle"))
                .findFirst()
                .map(SheetChoice::named)
                .orElse(SheetChoice.first());
    }

    private static java.util.function.Function<TdbColumn, String> cellsOf(SheetRow line, TdbHeader header) {
        return column -> {
            Integer index = header.indexes().get(column);
            return index == null ? "" : line.value(index);
        };
    }

    /** Keys, scope, organisations, programmes, what changes, and likely duplicates. */
    private List<PlannedRow> plan(List<TdbRow> rows, ImportTarget target, List<ImportIssue> issues) {
        Matching matching = matching(target.networkId());
        Map<String, Integer> keys = new HashMap<>();
        Map<String, CfaInfo> cfas = new HashMap<>();
        Map<String, Optional<String>> programmes = new HashMap<>();
        Map<String, Map<String, Integer>> people = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (TdbRow row : rows) {
            int before = issues.size();
            Integer first = keys.putIfAbsent(row.key(), row.number());
            if (first != null) {
                issues.add(ImportIssue.error(
                        row.number(),
                        LAST_NAME,
                        row.text(LAST_NAME) + " " + row.text(FIRST_NAME),
                        "même apprenti, même établissement responsable et même année scolaire qu'à la ligne " + first
                                + " : une seule ligne par apprenti et par année"));
            }
            String uai = row.text(RESPONSIBLE_UAI);
            CfaInfo cfa =
                    cfas.computeIfAbsent(uai, code -> referential.cfaByUai(code).orElse(null));
            if (cfa == null) {
                if (!target.networkWide()) {
                    issues.add(ImportIssue.error(
                            row.number(),
                            RESPONSIBLE_UAI,
                            uai,
                            "établissement responsable inconnu de Trio : seul votre CFA peut être importé"));
                } else if (!row.has(CFA_TYPE)) {
                    issues.add(ImportIssue.error(
                            row.number(),
                            CFA_TYPE,
                            "",
                            "le CFA " + uai + " est inconnu de Trio : indiquez son type (01 à 10) pour le créer"));
                }
            } else if (target.networkWide() ? cfa.networkId() != target.networkId() : !target.allows(cfa.id())) {
                issues.add(ImportIssue.error(
                        row.number(), RESPONSIBLE_UAI, uai, "CFA hors de votre périmètre (" + cfa.name() + ")"));
            } else if (!cfa.siret().equals(row.text(RESPONSIBLE_SIRET))) {
                issues.add(ImportIssue.warning(
                        row.number(),
                        RESPONSIBLE_SIRET,
                        row.text(RESPONSIBLE_SIRET),
                        "SIRET différent de celui du CFA dans Trio (" + cfa.siret() + ") : celui de Trio est gardé"));
            }
            if (cfa != null && !row.text(TRAINER_UAI).equals(uai)) {
                referential
                        .siteByUai(row.text(TRAINER_UAI))
                        .filter(site -> site.cfaId() != cfa.id())
                        .ifPresent(site -> issues.add(ImportIssue.error(
                                row.number(),
                                TRAINER_UAI,
                                row.text(TRAINER_UAI),
                                "ce site appartient à un autre CFA dans Trio")));
            }
            String programmeProblem = programmes
                    .computeIfAbsent(
                            row.text(RNCP) + "|" + row.text(CFD), code -> programmeProblem(target.networkId(), row))
                    .orElse(null);
            if (programmeProblem != null) {
                issues.add(ImportIssue.error(row.number(), RNCP, row.text(RNCP), programmeProblem));
            }
            people.computeIfAbsent(row.person() + "|" + row.text(RNCP), p -> new LinkedHashMap<>())
                    .putIfAbsent(row.key(), row.number());
            if (issues.subList(before, issues.size()).stream().anyMatch(ImportIssue::isError)) {
                continue;
            }
            ApprenticeInfo known = matching.find(row);
            planned.add(new PlannedRow(row, change(row, cfa, matching), known == null ? null : known.id()));
        }
        people.values().stream().filter(byKey -> byKey.size() > 1).forEach(byKey -> {
            List<Integer> lines = List.copyOf(byKey.values());
            for (int i = 1; i < lines.size(); i++) {
                issues.add(new ImportIssue(
                        lines.get(i),
                        null,
                        "",
                        "doublon probable de la ligne " + lines.get(0)
                                + " : mêmes nom, prénom, date de naissance et formation mais INE ou établissement"
                                + " différents",
                        ImportIssue.Severity.DUPLICATE));
            }
        });
        for (PlannedRow plannedRow : planned) {
            TdbRow row = plannedRow.row();
            if (row.has(INE) && matching.byIne.get(row.text(INE)) == null) {
                matching.byPerson.getOrDefault(row.person(), List.of()).stream()
                        .filter(known -> known.ine() != null && !known.ine().equals(row.text(INE)))
                        .findFirst()
                        .ifPresent(known -> issues.add(new ImportIssue(
                                row.number(),
                                INE,
                                row.text(INE),
                                "doublon probable : un apprenti de mêmes nom, prénom et date de naissance est déjà dans"
                                        + " Trio avec l'INE " + known.ine(),
                                ImportIssue.Severity.DUPLICATE)));
            }
        }
        return planned;
    }

    /** Why the row's programme can be neither found nor created, if so. */
    private Optional<String> programmeProblem(long networkId, TdbRow row) {
        if (findProgramme(networkId, row).isPresent() || reference(row).isPresent()) {
            return Optional.empty();
        }
        if (Identifiers.levelFromCfd(row.text(CFD)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("formation inconnue de Trio et de la nomenclature : indiquez son code CFD (colonne "
                + CFD.letter() + ") pour que Trio la crée");
    }

    private Optional<ProgrammeInfo> findProgramme(long networkId, TdbRow row) {
        Optional<ProgrammeInfo> byRncp = referential.programmeByCode(networkId, row.text(RNCP));
        if (byRncp.isPresent() || !row.has(CFD)) {
            return byRncp;
        }
        return referential.programmeByCode(networkId, row.text(CFD));
    }

    private Optional<ReferenceDiploma> reference(TdbRow row) {
        if (row.has(CFD)) {
            Optional<ReferenceDiploma> byCfd = referential.referenceDiploma(row.text(CFD));
            if (byCfd.isPresent()) {
                return byCfd;
            }
        }
        return referential.referenceDiploma(row.text(RNCP));
    }

    /** The apprentices of the network, by INE and by names and birth date. */
    private static final class Matching {
        final Map<String, ApprenticeInfo> byIne = new HashMap<>();
        final Map<String, List<ApprenticeInfo>> byPerson = new HashMap<>();
        final Map<String, Record> records = new HashMap<>();

        void add(ApprenticeInfo apprentice) {
            if (apprentice.ine() != null) {
                byIne.put(apprentice.ine(), apprentice);
            }
            byPerson.computeIfAbsent(
                            TdbRow.fold(apprentice.lastName()) + "|" + TdbRow.fold(apprentice.firstName()) + "|"
                                    + apprentice.birthDate(),
                            key -> new ArrayList<>())
                    .add(apprentice);
        }

        @Nullable
        ApprenticeInfo find(TdbRow row) {
            if (row.has(INE)) {
                ApprenticeInfo byNumber = byIne.get(row.text(INE));
                if (byNumber != null) {
                    return byNumber;
                }
                return byPerson.getOrDefault(row.person(), List.of()).stream()
                        .filter(known -> known.ine() == null)
                        .findFirst()
                        .orElse(null);
            }
            List<ApprenticeInfo> named = byPerson.getOrDefault(row.person(), List.of());
            return named.isEmpty() ? null : named.get(0);
        }
    }

    private record Record(long enrolmentId, String hash) {}

    private Matching matching(long networkId) {
        Matching matching = new Matching();
        referential.apprenticesOfNetwork(networkId).forEach(matching::add);
        List<Long> cfaIds =
                referential.cfasOfNetwork(networkId).stream().map(CfaInfo::id).toList();
        if (!cfaIds.isEmpty()) {
            jdbc.sql("""
                            select cfa_id, school_year, apprentice_id, enrolment_id, row_hash
                              from exchange.tdb_record where cfa_id in (:cfas)""")
                    .param("cfas", cfaIds)
                    .query((rs, n) -> matching.records.put(
                            rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3),
                            new Record(rs.getLong(4), rs.getString(5))))
                    .list();
        }
        return matching;
    }

    private Change change(TdbRow row, @Nullable CfaInfo cfa, Matching matching) {
        ApprenticeInfo apprentice = matching.find(row);
        if (apprentice == null || cfa == null) {
            return Change.NEW;
        }
        Record record = matching.records.get(cfa.id() + "|" + row.schoolYear() + "|" + apprentice.id());
        if (record != null) {
            return record.hash().equals(row.hash()) ? Change.UNCHANGED : Change.UPDATED;
        }
        return trainings
                        .enrolmentOf(apprentice.id(), cfa.id(), row.schoolYear())
                        .isPresent()
                ? Change.UPDATED
                : Change.NEW;
    }

    // -------------------------------------------------------------------------------------------------------- import

    /**
     * Writes every row of the analysis in the current transaction; the first row that the facades refuse stops the
     * import with an {@link ImportFailure} naming it, and nothing is saved.
     */
    @Transactional
    public Outcome commit(ImportAnalysis analysis, ImportTarget target, @Nullable Long jobId, Progress progress) {
        if (!analysis.importable()) {
            throw new IllegalStateException("Fichier avec erreurs : rien n'est importé");
        }
        // Every row is written in this one transaction, which no statistics of the tables can see: a plan cached for
        // the first rows (small tables, sequential scans) would scan every row already written for each new row.
        // Planned each time, statements use the tables' current size and their indexes.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Writer writer = new Writer(target, jobId);
        int done = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int total = analysis.rows().size();
        for (PlannedRow planned : analysis.rows()) {
            if (planned.change() == Change.UNCHANGED) {
                unchanged++;
            } else {
                try {
                    writer.write(planned.row());
                } catch (ConstraintViolationException e) {
                    throw failure(
                            planned.row(),
                            e.getConstraintViolations().stream()
                                    .map(v -> v.getMessage())
                                    .collect(Collectors.joining(" ; ")));
                } catch (InvalidInputException e) {
                    throw failure(
                            planned.row(),
                            e.problems().stream()
                                    .map(p -> messages.getMessage(
                                            p.code(), p.arguments().toArray(), p.code(), Locale.FRANCE))
                                    .collect(Collectors.joining(" ; ")));
                }
                if (planned.change() == Change.NEW) {
                    created++;
                } else {
                    updated++;
                }
            }
            done++;
            if (done % FLUSH_EVERY == 0) {
                // the referential's entities written so far are not read again: keep the context small, so that
                // each flush does not check every entity of the file
                entityManager.flush();
                entityManager.clear();
                progress.rows(done, total);
            }
        }
        progress.rows(total, total);
        trainings.recomputeStatuses(writer.apprentices);
        audit.recordEvent(
                "IMPORT_TDB",
                "Import du fichier du tableau de bord « " + analysis.fileName() + " » par " + target.who() + " : "
                        + created + " nouvelles lignes, " + updated + " mises à jour, " + unchanged
                        + " inchangées");
        return new Outcome(created, updated, unchanged, writer.unmapped, Set.copyOf(writer.apprentices));
    }

    private static ImportFailure failure(TdbRow row, String reason) {
        return new ImportFailure(ImportIssue.error(row.number(), null, "", reason));
    }

    /** Writes rows one by one, remembering what it matched or created. */
    private final class Writer {
        private final ImportTarget target;
        private final @Nullable Long jobId;
        private final Matching matching;
        private final Map<String, CfaInfo> cfas = new HashMap<>();
        private final Map<String, Long> sites = new HashMap<>();
        private final Map<String, Long> employers = new HashMap<>();
        private final Map<String, Long> programmes = new HashMap<>();
        private final Map<Long, List<TrainingRecords.Motive>> motives = new HashMap<>();
        private final Map<Long, Map<String, Long>> learned = new HashMap<>();
        private final Set<Long> apprentices = new HashSet<>();
        private int unmapped;

        Writer(ImportTarget target, @Nullable Long jobId) {
            this.target = target;
            this.jobId = jobId;
            this.matching = matching(target.networkId());
        }

        void write(TdbRow row) {
            CfaInfo cfa = cfa(row);
            Long siteId = site(cfa, row);
            long programmeId = programme(row);
            long apprenticeId = apprentice(cfa, siteId, row);
            apprentices.add(apprenticeId);
            if (row.has(RQTH)) {
                String adjustments = referential
                        .health(apprenticeId)
                        .map(HealthInfo::adjustments)
                        .orElse(null);
                referential.recordHealth(apprenticeId, row.bool(RQTH), row.date(RQTH_DATE), adjustments);
            }
            List<ImportedTraining.Contract> contracts = new ArrayList<>();
            for (TdbRow.ContractValues contract : row.contracts()) {
                Long motive = null;
                if (contract.rupture() != null && contract.cause() != null) {
                    motive = CauseMatcher.match(contract.cause(), motives(cfa.id()), learned(cfa.id()))
                            .orElse(null);
                    if (motive == null) {
                        unmapped++;
                    }
                }
                contracts.add(new ImportedTraining.Contract(
                        employer(contract.siret()),
                        contract.start(),
                        contract.end(),
                        contract.rupture(),
                        contract.rupture() == null ? null : contract.cause(),
                        motive));
            }
            String previousUai = row.textOrNull(PREVIOUS_UAI);
            long enrolmentId = trainings.record(new ImportedTraining(
                    apprenticeId,
                    programmeId,
                    cfa.id(),
                    siteId,
                    row.schoolYear(),
                    row.integer(PROGRAMME_YEAR),
                    row.date(REGISTRATION_DATE),
                    row.date(TRAINING_START),
                    row.date(TRAINING_END),
                    row.integer(DURATION_MONTHS),
                    Boolean.FALSE.equals(row.bool(ON_SITE)),
                    row.textOrNull(PREVIOUS_SITUATION),
                    previousUai,
                    row.date(EXCLUSION_DATE),
                    row.textOrNull(EXCLUSION_CAUSE),
                    row.bool(DIPLOMA_OBTAINED),
                    row.date(DIPLOMA_DATE),
                    contracts));
            saveRecord(enrolmentId, cfa.id(), apprenticeId, row);
        }

        private CfaInfo cfa(TdbRow row) {
            String uai = row.text(RESPONSIBLE_UAI);
            CfaInfo cfa =
                    cfas.computeIfAbsent(uai, code -> referential.cfaByUai(code).orElse(null));
            if (cfa == null) {
                long id = referential.registerImportedCfa(new NewCfa(
                        target.networkId(),
                        "CFA " + uai,
                        uai,
                        row.text(RESPONSIBLE_SIRET),
                        row.text(CFA_TYPE),
                        null,
                        null,
                        null,
                        null));
                cfa = referential.cfa(id).orElseThrow();
                cfas.put(uai, cfa);
            }
            return cfa;
        }

        private @Nullable Long site(CfaInfo cfa, TdbRow row) {
            String uai = row.text(TRAINER_UAI);
            if (uai.equals(cfa.uai())) {
                return null;
            }
            return sites.computeIfAbsent(
                    uai,
                    code -> referential
                            .siteByUai(code)
                            .map(SiteInfo::id)
                            .orElseGet(() -> referential.registerImportedSite(new NewSite(
                                    cfa.id(),
                                    "Site " + code,
                                    SiteKind.SITE,
                                    null,
                                    code,
                                    row.text(TRAINER_SIRET),
                                    null,
                                    null,
                                    null,
                                    null))));
        }

        private long employer(String siret) {
            return employers.computeIfAbsent(
                    siret,
                    code -> referential
                            .employerBySiret(code)
                            .map(EmployerInfo::id)
                            .orElseGet(() -> referential.registerImportedEmployer(new NewEmployer(
                                    code,
                                    "Établissement SIRET " + code,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))));
        }

        private long programme(TdbRow row) {
            return programmes.computeIfAbsent(
                    row.text(RNCP) + "|" + row.text(CFD),
                    key -> findProgramme(target.networkId(), row)
                            .map(ProgrammeInfo::id)
                            .orElseGet(() -> createProgramme(row)));
        }

        private long createProgramme(TdbRow row) {
            Optional<ReferenceDiploma> reference = reference(row);
            String cfd = row.has(CFD)
                    ? row.text(CFD)
                    : reference.map(ReferenceDiploma::cfd).orElse(null);
            String label = reference
                    .map(ReferenceDiploma::label)
                    .orElse(row.has(SHORT_LABEL) ? row.text(SHORT_LABEL) : "Formation " + row.text(RNCP));
            Integer level = reference
                    .map(ReferenceDiploma::level)
                    .filter(l -> l >= 3 && l <= 8)
                    .or(() -> Identifiers.levelFromCfd(cfd))
                    .orElseThrow(() -> failure(row, "niveau de la formation introuvable (CFD absent)"));
            DiplomaType type = DiplomaType.fromAbbreviation(
                    reference.map(ReferenceDiploma::abbreviation).orElse(label));
            return referential.registerProgramme(new NewProgramme(
                    target.networkId(),
                    cfd,
                    row.text(RNCP),
                    label.length() > 300 ? label.substring(0, 300) : label,
                    row.textOrNull(SHORT_LABEL),
                    type,
                    level,
                    null,
                    row.integer(DURATION_MONTHS),
                    null,
                    null));
        }

        private long apprentice(CfaInfo cfa, @Nullable Long siteId, TdbRow row) {
            ApprenticeInfo known = matching.find(row);
            if (known == null) {
                long id = referential.registerApprentice(new NewApprentice(
                        cfa.id(),
                        siteId,
                        row.text(LAST_NAME),
                        null,
                        row.text(FIRST_NAME),
                        null,
                        null,
                        row.date(BIRTH_DATE),
                        row.textOrNull(BIRTH_POST_CODE),
                        null,
                        null,
                        row.text(SEX),
                        row.textOrNull(INE),
                        row.text(ADDRESS),
                        row.text(POST_CODE),
                        null,
                        null,
                        row.textOrNull(PHONE),
                        row.text(EMAIL),
                        null));
                matching.add(referential.apprentice(id).orElseThrow());
                return id;
            }
            referential.updateApprentice(
                    known.id(),
                    new NewApprentice(
                            known.cfaId(),
                            known.siteId(),
                            row.text(LAST_NAME),
                            known.usageName(),
                            row.text(FIRST_NAME),
                            known.firstName2(),
                            known.firstName3(),
                            row.date(BIRTH_DATE),
                            row.has(BIRTH_POST_CODE) ? row.text(BIRTH_POST_CODE) : known.birthPostCode(),
                            known.birthCommuneInsee(),
                            known.birthPlace(),
                            row.text(SEX),
                            row.has(INE) ? row.text(INE) : known.ine(),
                            row.text(ADDRESS),
                            row.text(POST_CODE),
                            row.text(POST_CODE).equals(known.postCode()) ? known.city() : null,
                            row.text(POST_CODE).equals(known.postCode()) ? known.communeInsee() : null,
                            row.has(PHONE) ? row.text(PHONE) : known.phone(),
                            row.text(EMAIL),
                            known.nationality()));
            if (known.cfaId() != cfa.id() || (siteId != null && !siteId.equals(known.siteId()))) {
                referential.holdApprenticeAt(known.id(), cfa.id(), siteId);
            }
            return known.id();
        }

        private List<TrainingRecords.Motive> motives(long cfaId) {
            return motives.computeIfAbsent(cfaId, id -> trainings.expressedMotives(id, LocalDate.now(clock)));
        }

        private Map<String, Long> learned(long cfaId) {
            return learned.computeIfAbsent(cfaId, id -> {
                Map<String, Long> mappings = new HashMap<>();
                jdbc.sql("select cause, motive_id from exchange.cause_mapping where cfa_id = ?")
                        .param(id)
                        .query((rs, n) -> mappings.put(rs.getString(1), rs.getLong(2)))
                        .list();
                return mappings;
            });
        }

        private void saveRecord(long enrolmentId, long cfaId, long apprenticeId, TdbRow row) {
            jdbc.sql("""
                            insert into exchange.tdb_record (enrolment_id, cfa_id, school_year, apprentice_id, row_key,
                              row_hash, guardian_email_1, guardian_email_2, place_uai, place_siret, place_address,
                              place_post_code, short_label, cfa_type, referent_last_name, referent_first_name,
                              referent_email, imported_at, job_id)
                            values (:enrolment, :cfa, :year, :apprentice, :key, :hash, :mail1, :mail2, :placeUai,
                              :placeSiret, :placeAddress, :placePostCode, :shortLabel, :cfaType, :referentLast,
                              :referentFirst, :referentEmail, :now, :job)
                            on conflict (enrolment_id) do update set cfa_id = excluded.cfa_id,
                              school_year = excluded.school_year, apprentice_id = excluded.apprentice_id,
                              row_key = excluded.row_key, row_hash = excluded.row_hash,
                              guardian_email_1 = excluded.guardian_email_1, guardian_email_2 = excluded.guardian_email_2,
                              place_uai = excluded.place_uai, place_siret = excluded.place_siret,
                              place_address = excluded.place_address, place_post_code = excluded.place_post_code,
                              short_label = excluded.short_label, cfa_type = excluded.cfa_type,
                              referent_last_name = excluded.referent_last_name,
                              referent_first_name = excluded.referent_first_name,
                              referent_email = excluded.referent_email, imported_at = excluded.imported_at,
                              job_id = excluded.job_id""")
                    .param("enrolment", enrolmentId)
                    .param("cfa", cfaId)
                    .param("year", (short) row.schoolYear())
                    .param("apprentice", apprenticeId)
                    .param("key", row.key().length() > 400 ? row.key().substring(0, 400) : row.key())
                    .param("hash", row.hash())
                    .param("mail1", row.textOrNull(GUARDIAN_EMAIL_1))
                    .param("mail2", row.textOrNull(GUARDIAN_EMAIL_2))
                    .param("placeUai", row.textOrNull(PLACE_UAI))
                    .param("placeSiret", row.textOrNull(PLACE_SIRET))
                    .param("placeAddress", row.textOrNull(PLACE_ADDRESS))
                    .param("placePostCode", row.textOrNull(PLACE_POST_CODE))
                    .param("shortLabel", row.text(SHORT_LABEL))
                    .param("cfaType", row.text(CFA_TYPE))
                    .param("referentLast", row.textOrNull(REFERENT_LAST_NAME))
                    .param("referentFirst", row.textOrNull(REFERENT_FIRST_NAME))
                    .param("referentEmail", row.textOrNull(REFERENT_EMAIL))
                    .param("now", OffsetDateTime.now(clock))
                    .param("job", jobId)
                    .update();
            matching.records.put(
                    cfaId + "|" + row.schoolYear() + "|" + apprenticeId, new Record(enrolmentId, row.hash()));
        }
    }
}
