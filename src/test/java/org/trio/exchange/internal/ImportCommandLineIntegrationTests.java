package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.contract.TrainingRecords;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestOrganisations;

/** The import from the command line ({@code --trio.import.tdb=<file>}), run without exiting the test's JVM. */
@TrioIntegrationTest
class ImportCommandLineIntegrationTests {

    @Autowired
    ImportCommandLine commandLine;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private CfaInfo newCfa() {
        return referential.cfa(TestOrganisations.aNewCfa(referential)).orElseThrow();
    }

    private int run(Path file, String uai, boolean dryRun, Path report) {
        return commandLine.run(
                new ImportCommandLine.Command(file, uai, null, dryRun, report), ImportCommandLine.utf8(printed));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsTheFileOfACfaGivenByItsUaiAndSaysWhatItDid() throws IOException {
        CfaInfo cfa = newCfa();
        Path file = folder.resolve("tableau-de-bord.csv");
        Files.write(
                file,
                TdbFiles.csv(List.of(
                        TdbFiles.row(cfa.uai(), cfa.siret(), "Garnier", "Noé", "2006-01-09"),
                        TdbFiles.row(cfa.uai(), cfa.siret(), "Roux", "Lina", "2007-02-10"))));

        int status = run(file, cfa.uai(), false, null);

        assertThat(status).as(output()).isEqualTo(ImportCommandLine.IMPORTED);
        assertThat(output())
                .contains("Analyse en ")
                .contains("2 lignes, 2 nouvelles, 0 mises à jour, 0 inchangées ; 0 erreur(s)")
                .contains("Import terminé en ")
                .contains("2 nouvelles lignes, 0 mises à jour, 0 inchangées.");
        assertThat(trainings.trainings(List.of(cfa.id()), List.of(), 2025, null))
                .hasSize(2);
        assertThat(referential.apprenticesNamed("Garnier", "Noé", LocalDate.of(2006, 1, 9)))
                .singleElement()
                .satisfies(a -> assertThat(a.cfaId()).isEqualTo(cfa.id()));
        assertThat(jdbc.sql("""
                        select source || ' ' || state || ' ' || rows_new || ' ' || (file_content is null)
                          from exchange.import_job where cfa_id = ?""").param(cfa.id()).query(String.class).single()).isEqualTo("CLI DONE 2 true");

        printed.reset();
        assertThat(run(file, cfa.uai(), false, null)).isEqualTo(ImportCommandLine.IMPORTED);
        assertThat(output()).contains("2 lignes, 0 nouvelles, 0 mises à jour, 2 inchangées");
        assertThat(trainings.trainings(List.of(cfa.id()), List.of(), 2025, null))
                .hasSize(2);
    }

    @Test
    void refusesAFileWithErrorsSavesNothingAndWritesTheReportWithTheFaultyCellMarked() throws IOException {
        CfaInfo cfa = newCfa();
        Map<TdbColumn, String> good = TdbFiles.row(cfa.uai(), cfa.siret(), "Blanc", "Tom", "2006-03-03");
        Map<TdbColumn, String> bad = TdbFiles.row(cfa.uai(), cfa.siret(), "Noir", "Eva", "2006-04-04");
        bad.put(TdbColumn.SEX, "X");
        Path file = folder.resolve("erreurs.xlsx");
        Files.write(file, TdbFiles.xlsx(List.of(good, bad)));
        Path report = folder.resolve("rapport.xlsx");

        int status = run(file, cfa.uai(), false, report);

        assertThat(status).isEqualTo(ImportCommandLine.REFUSED);
        assertThat(output())
                .contains("1 erreur(s)")
                .contains("  Erreur ligne 3, colonne D (sexe_apprenant), valeur « X » : format incorrect, attendu :"
                        + " 1, 2, H, F ou M")
                .contains("Fichier refusé : rien n'a été importé.");
        assertThat(referential.apprenticesNamed("Blanc", "Tom", LocalDate.of(2006, 3, 3)))
                .isEmpty();
        try (InputStream in = Files.newInputStream(report);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet rows = workbook.getSheet("Modèle");
            assertThat(rows.getRow(0).getCell(3).getStringCellValue()).isEqualTo("sexe_apprenant *");
            assertThat(rows.getLastRowNum()).as("only the faulty row").isEqualTo(1);
            Cell faulty = rows.getRow(1).getCell(TdbColumn.SEX.ordinal());
            assertThat(faulty.getStringCellValue()).isEqualTo("X");
            assertThat(faulty.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(faulty.getCellComment().getString().getString())
                    .isEqualTo("Erreur : format incorrect, attendu : 1, 2, H, F ou M");
            assertThat(rows.getRow(1).getCell(0).getCellComment()).isNull();
            assertThat(rows.getRow(1).getCell(TdbColumn.values().length).getNumericCellValue())
                    .isEqualTo(3);
            XSSFSheet list = workbook.getSheet("Erreurs");
            assertThat(list.getRow(1).getCell(1).getStringCellValue()).isEqualTo("D");
            assertThat(list.getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("format incorrect, attendu : 1, 2, H, F ou M");
        }
    }

    @Test
    void analysesWithoutSavingInADryRun() throws IOException {
        CfaInfo cfa = newCfa();
        Path file = folder.resolve("essai.csv");
        Files.write(file, TdbFiles.csv(List.of(TdbFiles.row(cfa.uai(), cfa.siret(), "Essai", "Léo", "2006-05-05"))));

        assertThat(run(file, cfa.uai(), true, null)).isEqualTo(ImportCommandLine.IMPORTED);

        assertThat(output()).contains("1 nouvelles").contains("Essai à blanc : rien n'a été importé.");
        assertThat(referential.apprenticesNamed("Essai", "Léo", LocalDate.of(2006, 5, 5)))
                .isEmpty();
    }

    @Test
    void answersAWrongCommandWithoutImporting() throws IOException {
        Path file = folder.resolve("fichier.csv");
        Files.write(file, TdbFiles.csv(List.of()));

        assertThat(run(file, "0000001Z", false, null)).isEqualTo(ImportCommandLine.WRONG_COMMAND);
        assertThat(output()).contains("Aucun CFA d'UAI « 0000001Z » dans Trio.");

        printed.reset();
        CfaInfo cfa = newCfa();
        assertThat(run(folder.resolve("absent.csv"), cfa.uai(), false, null))
                .isEqualTo(ImportCommandLine.WRONG_COMMAND);
        assertThat(output()).contains("Impossible de lire le fichier");

        printed.reset();
        assertThat(commandLine.run(
                        new ImportCommandLine.Command(file, null, null, false, null), ImportCommandLine.utf8(printed)))
                .isEqualTo(ImportCommandLine.WRONG_COMMAND);
        assertThat(output()).contains("Indiquez le CFA (--trio.import.cfa=<UAI>)");
    }
}
