package org.trio.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.trio.platform.spreadsheet.SpreadsheetReader;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The import of the national dashboard's file from the command line, for automation: with
 * {@code --trio.import.tdb=<file>} Trio starts, analyses the file, imports it (all rows or none) unless
 * {@code --trio.import.dry-run=true}, prints what it did, and exits.
 *
 * <ul>
 *   <li>{@code --trio.import.cfa=<UAI>}: the file's rows must all be that CFA's;
 *   <li>{@code --trio.import.network=<id>} instead: a network-wide import, which may create the CFAs of the file;
 *   <li>{@code --trio.import.report=<file.xlsx>}: writes the error report (faulty cells marked) there.
 * </ul>
 *
 * <p>Exit status: 0 imported (or analysed without error in a dry run), 1 refused (the file has errors, nothing saved),
 * 2 the command itself is wrong (file unreadable, unknown CFA or network).
 */
@Component
class ImportCommandLine implements ApplicationRunner, Ordered {

    /** What the command line asks. */
    record Command(
            Path file,
            @Nullable String cfaUai,
            @Nullable Long networkId,
            boolean dryRun,
            @Nullable Path report) {}

    static final int IMPORTED = 0;
    static final int REFUSED = 1;
    static final int WRONG_COMMAND = 2;
    private static final int PRINTED_ISSUES = 50;

    private final ImportJobs jobs;
    private final ReferentialManagement referential;
    private final SpreadsheetReader reader;
    private final ConfigurableApplicationContext application;
    private final String file;
    private final String cfa;
    private final String network;
    private final boolean dryRun;
    private final String report;

    ImportCommandLine(
            ImportJobs jobs,
            ReferentialManagement referential,
            SpreadsheetReader reader,
            ConfigurableApplicationContext application,
            @Value("${trio.import.tdb:}") String file,
            @Value("${trio.import.cfa:}") String cfa,
            @Value("${trio.import.network:}") String network,
            @Value("${trio.import.dry-run:false}") boolean dryRun,
            @Value("${trio.import.report:}") String report) {
        this.jobs = jobs;
        this.referential = referential;
        this.reader = reader;
        this.application = application;
        this.file = file;
        this.cfa = cfa;
        this.network = network;
        this.dryRun = dryRun;
        this.report = report;
    }

    @Override
    public int getOrder() {
        // after the demo network, which a first start creates
        return 20;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (file.isBlank()) {
            return;
        }
        int status;
        if (!network.isBlank() && !network.strip().matches("\\d{1,18}")) {
            System.out.println(
                    "--trio.import.network attend l'identifiant numérique du réseau, pas « " + network + " ».");
            status = WRONG_COMMAND;
        } else {
            status = run(
                    new Command(
                            Path.of(file),
                            cfa.isBlank() ? null : cfa.strip(),
                            network.isBlank() ? null : Long.valueOf(network.strip()),
                            dryRun,
                            report.isBlank() ? null : Path.of(report)),
                    System.out);
        }
        int code = status;
        System.exit(SpringApplication.exit(application, () -> code));
    }

    /** Runs the command, writing what happens to {@code out}; answers the exit status. */
    int run(Command command, PrintStream out) {
        Optional<ImportTarget> target = target(command, out);
        if (target.isEmpty()) {
            return WRONG_COMMAND;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(command.file());
        } catch (IOException e) {
            out.println("Impossible de lire le fichier « " + command.file() + " » : " + e.getMessage());
            return WRONG_COMMAND;
        }
        String fileName = command.file().getFileName().toString();
        Long cfaId = target.get().networkWide()
                ? null
                : target.get().cfaIds().iterator().next();
        long job = jobs.create(target.get(), cfaId, "CLI", fileName, null);
        out.println("Import " + job + " : analyse de « " + fileName + " » (" + content.length + " octets)…");
        long started = System.nanoTime();
        ImportAnalysis analysis = jobs.analyse(job, target.get(), content, fileName, (done, total) -> {
            // while reading, the total is not known yet (0)
            if (done % 50_000 == 0 && done > 0 && total == 0) {
                out.println("  " + done + " lignes lues");
            }
        });
        out.println("Analyse en " + (System.nanoTime() - started) / 1_000_000 + " ms : " + analysis.totalRows()
                + " lignes, " + analysis.count(ImportAnalysis.Change.NEW) + " nouvelles, "
                + analysis.count(ImportAnalysis.Change.UPDATED) + " mises à jour, "
                + analysis.count(ImportAnalysis.Change.UNCHANGED) + " inchangées ; " + analysis.errors()
                + " erreur(s), " + analysis.warnings() + " avertissement(s), " + analysis.duplicates()
                + " doublon(s) probable(s).");
        print(analysis, out);
        writeReport(command, content, fileName, job, out);
        if (!analysis.importable()) {
            out.println("Fichier refusé : rien n'a été importé.");
            return REFUSED;
        }
        if (command.dryRun()) {
            out.println("Essai à blanc : rien n'a été importé.");
            return IMPORTED;
        }
        started = System.nanoTime();
        Optional<ImportService.Outcome> outcome = jobs.importNow(job, target.get(), (done, total) -> {
            if (done % 50_000 == 0 && done > 0 && done < total) {
                out.println("  " + done + " lignes importées sur " + total);
            }
        });
        if (outcome.isEmpty()) {
            out.println(jobs.job(job).map(ImportJobs.Job::message).orElse("Import annulé : rien n'a été enregistré."));
            return REFUSED;
        }
        out.println("Import terminé en " + (System.nanoTime() - started) / 1_000_000 + " ms : "
                + outcome.get().created() + " nouvelles lignes, "
                + outcome.get().updated() + " mises à jour, "
                + outcome.get().unchanged() + " inchangées"
                + (outcome.get().unmappedCauses() == 0
                        ? "."
                        : " ; " + outcome.get().unmappedCauses()
                                + " rupture(s) avec une cause à rattacher à un motif (page « Causes de rupture"
                                + " importées »)."));
        return IMPORTED;
    }

    private Optional<ImportTarget> target(Command command, PrintStream out) {
        String who = "ligne de commande";
        if (command.cfaUai() != null) {
            Optional<CfaInfo> cfa = referential.cfaByUai(command.cfaUai().toUpperCase(java.util.Locale.ROOT));
            if (cfa.isEmpty()) {
                out.println("Aucun CFA d'UAI « " + command.cfaUai() + " » dans Trio.");
                return Optional.empty();
            }
            return Optional.of(
                    new ImportTarget(cfa.get().networkId(), Set.of(cfa.get().id()), false, who));
        }
        if (command.networkId() != null) {
            if (referential.networkName(command.networkId()).isEmpty()) {
                out.println("Aucun réseau d'identifiant " + command.networkId() + " dans Trio.");
                return Optional.empty();
            }
            Set<Long> cfas = referential.cfasOfNetwork(command.networkId()).stream()
                    .map(CfaInfo::id)
                    .collect(Collectors.toSet());
            return Optional.of(new ImportTarget(command.networkId(), cfas, true, who));
        }
        out.println("Indiquez le CFA (--trio.import.cfa=<UAI>) ou le réseau (--trio.import.network=<identifiant>)"
                + " dont le fichier est importé.");
        return Optional.empty();
    }

    private static void print(ImportAnalysis analysis, PrintStream out) {
        if (analysis.refusal() != null) {
            out.println(analysis.refusal());
        }
        List<ImportIssue> issues = analysis.issues();
        issues.stream().limit(PRINTED_ISSUES).forEach(issue -> out.println("  " + issue.message()));
        if (issues.size() > PRINTED_ISSUES) {
            out.println("  … et " + (issues.size() - PRINTED_ISSUES) + " autre(s) : voir le rapport d'erreurs"
                    + " (--trio.import.report=<fichier.xlsx>).");
        }
    }

    private void writeReport(Command command, byte[] content, String fileName, long job, PrintStream out) {
        if (command.report() == null) {
            return;
        }
        try (OutputStream stream = Files.newOutputStream(command.report())) {
            ImportReport.write(content, fileName, jobs.issues(job, Integer.MAX_VALUE), reader, stream);
            out.println("Rapport d'erreurs écrit dans « " + command.report() + " ».");
        } catch (IOException e) {
            out.println("Impossible d'écrire le rapport « " + command.report() + " » : " + e.getMessage());
        }
    }

    static PrintStream utf8(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
