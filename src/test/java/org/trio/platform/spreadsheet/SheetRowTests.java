package org.trio.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetRowTests {

    private final SheetRow row = new SheetRow(
            "Modèle", 12, List.of("2026-11-23", "23/11/2026", "46349", "31/02/2026", "1 234,5", "douze", "", "-3.25"));

    @Test
    void namesColumnsLikeExcel() {
        assertThat(CellPosition.letters(0)).isEqualTo("A");
        assertThat(CellPosition.letters(25)).isEqualTo("Z");
        assertThat(CellPosition.letters(26)).isEqualTo("AA");
        assertThat(CellPosition.letters(61)).isEqualTo("BJ");
        assertThat(CellPosition.letters(702)).isEqualTo("AAA");
        assertThat(CellPosition.index("bj")).isEqualTo(61);
        assertThat(CellPosition.index("AAA")).isEqualTo(702);
        assertThat(new CellPosition(12, 1)).hasToString("B12");
        assertThatThrownBy(() -> CellPosition.index("A1")).hasMessage("Colonne invalide : « A1 »");
    }

    @Test
    void readsDatesFromIsoFrenchOrSerialNumbers() {
        LocalDate expected = LocalDate.of(2026, 11, 23);
        assertThat(row.date(0)).contains(expected);
        assertThat(row.date(1)).contains(expected);
        assertThat(row.date(2)).contains(expected);
        assertThat(row.date(6)).isEmpty();
        assertThat(row.date(40)).isEmpty();
    }

    @Test
    void namesTheCellOfAnInvalidDate() {
        assertThatThrownBy(() -> row.date(3))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Feuille « Modèle », cellule D12 : « 31/02/2026 » n'est pas une date (attendu JJ/MM/AAAA)");
    }

    @Test
    void readsFrenchAndDottedNumbers() {
        assertThat(row.decimal(4)).contains(new BigDecimal("1234.5"));
        assertThat(row.decimal(7)).contains(new BigDecimal("-3.25"));
        assertThatThrownBy(() -> row.decimal(5))
                .hasMessage("Feuille « Modèle », cellule F12 : « douze » n'est pas un nombre");
    }

    @Test
    void listsOnlyNonEmptyCells() {
        assertThat(row.cells()).hasSize(7).noneMatch(cell -> cell.position().column() == 6);
        assertThat(row.isBlank()).isFalse();
        assertThat(new SheetRow("x", 1, List.of("", "")).isBlank()).isTrue();
    }
}
