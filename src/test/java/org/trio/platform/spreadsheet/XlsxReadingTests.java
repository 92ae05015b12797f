package org.trio.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XlsxReadingTests {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void readsTheNamedSheetWithExcelRowNumbers() {
        List<SheetRow> rows = reader.readAll(TestFiles.workbook(), "modele.xlsx", SheetChoice.named(" modèle "));
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
        assertThat(rows).allSatisfy(row -> assertThat(row.sheet()).isEqualTo("Modèle"));
        assertThat(rows.get(0).values())
                .containsExactly(
                        "Nom", "Âge", "Vide", "Taux", "SIRET", "Naissance", "Début", "Heure", "Somme", "Actif");
    }

    @Test
    void writesNumbersPlainlyAndDatesAsIsoDates() {
        SheetRow row = reader.readAll(TestFiles.workbook(), "modele.xlsx", SheetChoice.named("Modèle"))
                .get(1);
        assertThat(row.values())
                .containsExactly(
                        "Élodie Ñúñez",
                        "19",
                        "",
                        "1234.5",
                        "12345678901234",
                        "2026-11-23",
                        "2026-09-01T08:30",
                        "12:00",
                        "38",
                        "TRUE");
        assertThat(row.value("F")).isEqualTo("2026-11-23");
        assertThat(row.cells()).extracting(cell -> cell.position().toString()).startsWith("A2", "B2", "D2");
        assertThat(row.date(5)).contains(java.time.LocalDate.of(2026, 11, 23));
    }

    @Test
    void readsTheFirstSheetByDefaultAndListsSheets() {
        assertThat(reader.readAll(TestFiles.workbook(), "modele.xlsx", SheetChoice.first()))
                .singleElement()
                .satisfies(row -> assertThat(row.values()).containsExactly("Notice"));
        assertThat(reader.sheetNames(new java.io.ByteArrayInputStream(TestFiles.workbook()), "modele.xlsx"))
                .containsExactly("Description", "Modèle");
    }

    @Test
    void namesTheMissingSheetAndThoseThatExist() {
        assertThatThrownBy(() -> reader.readAll(TestFiles.workbook(), "tdb.xlsx", SheetChoice.named("Données")))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("La feuille « Données » est introuvable dans le fichier « tdb.xlsx ». Feuilles présentes :"
                        + " « Description », « Modèle ».");
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] whole = TestFiles.workbook();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> reader.readAll(truncated, "tdb.xlsx", SheetChoice.first()))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith("Le fichier « tdb.xlsx » est endommagé ou incomplet");
    }

    @Test
    void refusesAWorkbookWhoseSheetIsCorrupted() {
        byte[] corrupted = TestFiles.rewriteEntries(
                TestFiles.workbook(),
                Map.of("xl/worksheets/sheet2.xml", content -> Arrays.copyOf(content, content.length - 40)));
        assertThatThrownBy(() -> reader.readAll(corrupted, "tdb.xlsx", SheetChoice.named("Modèle")))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageContaining("est endommagé ou incomplet");
    }

    @Test
    void refusesAnOpenDocumentFileAndOtherArchives() {
        byte[] ods = TestFiles.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
        assertThatThrownBy(() -> reader.readAll(ods, "tdb.ods", SheetChoice.first()))
                .hasMessageContaining("au format OpenDocument");
        byte[] archive = TestFiles.zip(Map.of("photo.txt", "pas un classeur"));
        assertThatThrownBy(() -> reader.readAll(archive, "tdb.xlsx", SheetChoice.first()))
                .hasMessageContaining("est une archive ZIP, pas un classeur Excel");
    }

    @Test
    void refusesAnEmptySheet() {
        byte[] empty;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.createSheet("Vide");
            empty = TestFiles.bytes(workbook);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> reader.readAll(empty, "vide.xlsx", SheetChoice.first()))
                .hasMessage("La feuille « Vide » du fichier « vide.xlsx » ne contient aucune ligne.");
    }

    @Test
    void letsTheRowHandlersOwnErrorThrough() {
        assertThatThrownBy(() -> reader.read(
                        new java.io.ByteArrayInputStream(TestFiles.workbook()),
                        "tdb.xlsx",
                        SheetChoice.named("Modèle"),
                        row -> {
                            if (row.number() == 2) {
                                throw row.error(4, "SIRET inconnu");
                            }
                        }))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Feuille « Modèle », cellule E2 : SIRET inconnu");
    }
}
