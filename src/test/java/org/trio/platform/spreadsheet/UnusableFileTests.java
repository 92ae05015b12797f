package org.trio.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnusableFileTests {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> reader.readAll(new byte[0], "apprentis.csv", SheetChoice.first()))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Le fichier « apprentis.csv » est vide : téléversez un classeur Excel (.xlsx) ou un"
                        + " fichier CSV.");
    }

    @Test
    void refusesAPdfRenamedXlsx() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.readAll(pdf, "tdb.xlsx", SheetChoice.first()))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith("Le fichier « tdb.xlsx » est un document PDF, pas un tableur");
    }

    @Test
    void refusesAnImageRenamedXlsx() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> reader.readAll(png, "tdb.xlsx", SheetChoice.first()))
                .hasMessageStartingWith("Le fichier « tdb.xlsx » est une image, pas un tableur");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertThatThrownBy(() -> reader.readAll(jpeg, "photo.csv", SheetChoice.first()))
                .hasMessageContaining("est une image");
    }

    @Test
    void refusesAnOldExcelOrProtectedWorkbook() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> reader.readAll(ole2, "ancien.xls", SheetChoice.first()))
                .hasMessageContaining("au format Excel 97-2003 (.xls) ou protégé par un mot de passe");
    }

    @Test
    void refusesBinaryContent() {
        byte[] binary = {1, 2, 0, 4, 0, 0, 7, 8};
        assertThatThrownBy(() -> reader.readAll(binary, "donnees.csv", SheetChoice.first()))
                .hasMessageStartingWith("Le fichier « donnees.csv » n'est pas un tableur");
    }

    @Test
    void refusesTextNamedLikeAWorkbook() {
        byte[] html = "<html><table><tr><td>Nom</td></tr></table></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readAll(html, "export.xls", SheetChoice.first()))
                .hasMessageContaining("porte l'extension d'un classeur mais contient du texte");
    }

    @Test
    void namesAFileWithoutName() {
        assertThatThrownBy(() -> reader.readAll(new byte[0], null, SheetChoice.first()))
                .hasMessageStartingWith("Le fichier « (sans nom) » est vide");
    }
}
