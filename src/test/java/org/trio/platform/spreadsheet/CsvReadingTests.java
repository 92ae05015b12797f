package org.trio.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReadingTests {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void readsUtf8WithByteOrderMarkAndCrLf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Nom;Prénom;Ville\r\nLefèvre;Zoé;Besançon\r\n\r\n\"Dupont; fils\";Œdipe;« Paris »\r\n"
                .getBytes(StandardCharsets.UTF_8);
        List<SheetRow> rows = reader.readAll(TestFiles.concat(bom, text), "apprentis.csv", SheetChoice.first());
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
        assertThat(rows.get(0).values()).containsExactly("Nom", "Prénom", "Ville");
        assertThat(rows.get(1).values()).containsExactly("Lefèvre", "Zoé", "Besançon");
        assertThat(rows.get(2).values()).containsExactly("Dupont; fils", "Œdipe", "« Paris »");
        assertThat(rows.get(2).sheet()).isEqualTo("apprentis.csv");
    }

    @Test
    void readsIso88591WithCommasAndLf() {
        byte[] latin1 =
                "Nom,Prénom,Moyenne\nHélène,Éléonore,\"12,5\"\nGarçon,Noël,8\n".getBytes(Charset.forName("ISO-8859-1"));
        List<SheetRow> rows = reader.readAll(latin1, "notes.csv", SheetChoice.first());
        assertThat(rows.get(0).values()).containsExactly("Nom", "Prénom", "Moyenne");
        assertThat(rows.get(1).values()).containsExactly("Hélène", "Éléonore", "12,5");
        assertThat(rows.get(1).decimal(2)).contains(new java.math.BigDecimal("12.5"));
        assertThat(rows.get(2).value("B")).isEqualTo("Noël");
    }

    @Test
    void readsWindows1252Characters() {
        byte[] windows = "Libellé;Coût\r\nŒuvre « sociale »;10 €\r\n".getBytes(Charset.forName("windows-1252"));
        List<SheetRow> rows = reader.readAll(windows, "couts.csv", SheetChoice.first());
        assertThat(rows.get(1).values()).containsExactly("Œuvre « sociale »", "10 €");
    }

    @Test
    void numbersRowsByTheirFirstLineWhenAValueSpansLines() {
        byte[] text = "Nom;Commentaire\nA;\"deux\nlignes\"\nB;fin\n".getBytes(StandardCharsets.UTF_8);
        List<SheetRow> rows = reader.readAll(text, "commentaires.csv", SheetChoice.first());
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
        assertThat(rows.get(1).value(1)).isEqualTo("deux\nlignes");
    }

    @Test
    void namesTheLineWithAnotherNumberOfColumns() {
        byte[] text = "Nom;Prénom;Ville\r\nLefèvre;Zoé;Besançon\r\nDupont;Jean\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readAll(text, "apprentis.csv", SheetChoice.first()))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Ligne 3 du fichier « apprentis.csv » : 2 colonnes au lieu de 3 comme la ligne d'en-tête."
                        + " Vérifiez les séparateurs « ; » et les guillemets de cette ligne.");
    }

    @Test
    void namesTheLineOfAnUnclosedQuote() {
        byte[] text = "Nom;Ville\nA;Paris\nB;\"Lyon\nC;Nice\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readAll(text, "villes.csv", SheetChoice.first()))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith(
                        "Ligne 3 du fichier « villes.csv » : guillemet (\") mal placé ou jamais refermé");
    }

    @Test
    void refusesAFileWithOnlyBlankLines() {
        byte[] text = "\uFEFF\r\n  \r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readAll(text, "vide.csv", SheetChoice.first()))
                .hasMessage("Le fichier « vide.csv » ne contient aucune ligne.");
    }

    @Test
    void findsTheSeparatorOnTheHeaderLine() {
        assertThat(CsvSheet.delimiter("a;b;c")).isEqualTo(';');
        assertThat(CsvSheet.delimiter("a,b,c")).isEqualTo(',');
        assertThat(CsvSheet.delimiter("\"Nom, prénom\";Ville")).isEqualTo(';');
        assertThat(CsvSheet.delimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvSheet.delimiter("seule")).isEqualTo(';');
    }
}
