package org.trio.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioApplication;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.Identifiers;

/**
 * Measures the import of the national dashboard's file: writes a file of {@code --bench.rows} rows (one to four
 * contracts, a rupture in one row out of eight, 10 programmes, 2,000 employers, 20 CFAs created by the import), then
 * either analyses and imports it in this JVM, timing each step ({@code --bench.mode=import}), or only writes it and
 * registers the network it goes into, for the command-line import ({@code --bench.mode=file}). Run through
 * {@code bench/import.sh}.
 */
public class ImportBenchmark {

    private static final String[] CFDS = {
        "50022145", "50023315", "50025419", "50022137", "40025214", "40023311", "40025512", "32022310", "32031211",
        "50020008"
    };

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.add("--trio.demo.enabled=false");
        arguments.add("--server.port=0");
        arguments.add("--logging.level.root=WARN");
        int rows = Integer.parseInt(value(args, "--bench.rows=", "50000"));
        String mode = value(args, "--bench.mode=", "import");
        Path file = Path.of(value(args, "--bench.file=", "target/bench-import-" + rows + ".csv"));
        try (ConfigurableApplicationContext context =
                SpringApplication.run(TrioApplication.class, arguments.toArray(String[]::new))) {
            ReferentialManagement referential = context.getBean(ReferentialManagement.class);
            long network = referential.registerNetwork("Réseau de mesure " + System.currentTimeMillis());
            long started = System.nanoTime();
            write(file, rows, network);
            System.out.printf("Fichier : %,d lignes, %,d octets, écrit en %,d ms (réseau %d)%n",
                    rows, Files.size(file), (System.nanoTime() - started) / 1_000_000, network);
            if (mode.equals("file")) {
                System.out.println("NETWORK=" + network);
                return;
            }
            new ImportBenchmark(context).run(file, network);
        }
    }

    private static String value(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .map(arg -> arg.substring(prefix.length()))
                .findFirst()
                .orElse(otherwise);
    }

    private final ImportService service;
    private final JdbcClient jdbc;

    ImportBenchmark(ConfigurableApplicationContext context) {
        this.service = context.getBean(ImportService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    void run(Path file, long network) throws IOException {
        byte[] content = Files.readAllBytes(file);
        ImportTarget target = new ImportTarget(network, Set.of(), true, "mesure");
        long started = System.nanoTime();
        ImportAnalysis analysis = service.analyse(content, file.getFileName().toString(), target, ImportService.Progress.NONE);
        long analysed = System.nanoTime() - started;
        System.out.printf("Analyse : %,d ms (%,d lignes, %d erreurs, %,d avertissements)%n",
                analysed / 1_000_000, analysis.totalRows(), analysis.errors(), analysis.warnings());
        if (!analysis.importable()) {
            analysis.issues().stream().filter(ImportIssue::isError).limit(10).forEach(i -> System.out.println(i.message()));
            return;
        }
        long importStart = System.nanoTime();
        started = importStart;
        ImportService.Outcome outcome = service.commit(analysis, target, null, (done, total) -> {
            if (done % 10_000 == 0 && done < total) {
                System.out.printf("  %,d lignes importées (%,d ms)%n", done, (System.nanoTime() - importStart) / 1_000_000);
            }
        });
        long committed = System.nanoTime() - started;
        System.out.printf("Import : %,d ms (%,d nouvelles lignes)%n", committed / 1_000_000, outcome.created());
        long enrolments = jdbc.sql("select count(*) from contract.enrolment where network_id = ?")
                .param(network)
                .query(Long.class)
                .single();
        System.out.printf("Inscriptions du réseau : %,d ; total analyse + import : %,d ms, %.2f ms par ligne%n",
                enrolments, (analysed + committed) / 1_000_000, (analysed + committed) / 1e6 / analysis.totalRows());
        ImportAnalysis again = service.analyse(content, file.getFileName().toString(), target, ImportService.Progress.NONE);
        System.out.printf("Nouvelle analyse du même fichier : %,d inchangées%n", again.count(ImportAnalysis.Change.UNCHANGED));
    }

    /** A file of the upload format with plausible rows, the same for the same size. */
    static void write(Path file, int rows, long network) throws IOException {
        SplittableRandom random = new SplittableRandom(rows);
        String[] cfaUais = new String[20];
        String[] cfaSirets = new String[20];
        for (int i = 0; i < cfaUais.length; i++) {
            String digits = String.format("09%05d", (int) (network % 1000) * 20 + i);
            cfaUais[i] = digits + Identifiers.uaiCheckLetter(digits);
            cfaSirets[i] = siret(random);
        }
        String[] employers = new String[2_000];
        for (int i = 0; i < employers.length; i++) {
            employers[i] = siret(random);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> headers = Arrays.stream(TdbColumn.values()).map(TdbColumn::header).toList();
            out.write(String.join(";", headers));
            out.write("\n");
            for (int n = 0; n < rows; n++) {
                String[] v = new String[TdbColumn.values().length];
                Arrays.fill(v, "");
                int cfa = n % cfaUais.length;
                int year = 2025;
                LocalDate birth = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(2_500));
                String cfd = CFDS[random.nextInt(CFDS.length)];
                int duration = cfd.startsWith("4") ? 36 : 24;
                LocalDate start = LocalDate.of(year, 9, 1).plusDays(random.nextInt(40));
                LocalDate end = start.plusMonths(duration).minusDays(1);
                v[TdbColumn.LAST_NAME.ordinal()] = "Nom" + letters(n);
                v[TdbColumn.FIRST_NAME.ordinal()] = "Prénom";
                v[TdbColumn.BIRTH_DATE.ordinal()] = birth.toString();
                v[TdbColumn.SEX.ordinal()] = random.nextBoolean() ? "1" : "2";
                v[TdbColumn.EMAIL.ordinal()] = "apprenti" + n + "@example.org";
                v[TdbColumn.ADDRESS.ordinal()] = (1 + random.nextInt(99)) + " rue de la Gare";
                v[TdbColumn.POST_CODE.ordinal()] = "91220";
                v[TdbColumn.CFA_TYPE.ordinal()] = "09";
                v[TdbColumn.RESPONSIBLE_UAI.ordinal()] = cfaUais[cfa];
                v[TdbColumn.RESPONSIBLE_SIRET.ordinal()] = cfaSirets[cfa];
                v[TdbColumn.TRAINER_UAI.ordinal()] = cfaUais[cfa];
                v[TdbColumn.TRAINER_SIRET.ordinal()] = cfaSirets[cfa];
                v[TdbColumn.PREVIOUS_SITUATION.ordinal()] = "1021";
                v[TdbColumn.PREVIOUS_UAI.ordinal()] = "091";
                v[TdbColumn.SCHOOL_YEAR.ordinal()] = year + "-" + (year + 1);
                v[TdbColumn.PROGRAMME_YEAR.ordinal()] = "1";
                v[TdbColumn.RNCP.ordinal()] = "RNCP" + (30000 + Arrays.asList(CFDS).indexOf(cfd));
                v[TdbColumn.CFD.ordinal()] = cfd;
                v[TdbColumn.REGISTRATION_DATE.ordinal()] = start.minusDays(10).toString();
                v[TdbColumn.TRAINING_START.ordinal()] = start.toString();
                v[TdbColumn.TRAINING_END.ordinal()] = end.toString();
                v[TdbColumn.DURATION_MONTHS.ordinal()] = Integer.toString(duration);
                int contracts = 1 + (random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0);
                LocalDate contractStart = start.plusDays(7);
                for (int c = 1; c <= contracts; c++) {
                    List<TdbColumn> columns = TdbColumn.contract(c);
                    LocalDate contractEnd = end.plusMonths(2);
                    v[columns.get(0).ordinal()] = contractStart.toString();
                    v[columns.get(1).ordinal()] = contractEnd.toString();
                    v[columns.get(2).ordinal()] = employers[random.nextInt(employers.length)];
                    if (c < contracts) {
                        LocalDate rupture = contractStart.plusDays(30 + random.nextInt(60));
                        v[columns.get(3).ordinal()] = rupture.toString();
                        v[columns.get(4).ordinal()] = random.nextBoolean() ? "Déménagement" : "Mésentente";
                        contractStart = rupture.plusDays(15);
                    }
                }
                out.write(String.join(";", v));
                out.write("\n");
            }
        }
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        int value = n;
        do {
            text.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        return text.toString();
    }

    /** A SIRET with a right Luhn key. */
    private static String siret(SplittableRandom random) {
        StringBuilder digits = new StringBuilder("4");
        for (int i = 0; i < 12; i++) {
            digits.append(random.nextInt(10));
        }
        for (int last = 0; last < 10; last++) {
            String candidate = digits.toString() + last;
            if (Identifiers.checkSiret(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
