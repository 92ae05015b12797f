package org.trio.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of an uploaded spreadsheet, as text: its values by column from {@code A}, stripped of surrounding spaces,
 * {@code ""} for an empty cell. From XLSX files, numbers are written plainly ({@code 12}, {@code 1.5},
 * {@code 12345678901234}: no {@code .0}, no exponent), date cells as ISO dates ({@code 2026-11-23}, or
 * {@code 2026-11-23T08:30} and {@code 08:30} when they hold a time), booleans {@code TRUE}/{@code FALSE}, formulas as
 * their last computed value.
 *
 * @param sheet the sheet's name, or the file's name for a CSV file
 * @param number the row's number in the sheet or file, from 1, as Excel or a text editor shows it
 * @param values the cells' texts by column index from 0; may be shorter than the header when last cells are empty
 */
public record SheetRow(String sheet, int number, List<String> values) {

    public SheetRow {
        values = List.copyOf(values);
    }

    /** The text of the cell at this column index (from 0), {@code ""} when empty or beyond the row's end. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    /** The text of the cell in the column with these letters, e.g. {@code value("BJ")}. */
    public String value(String columnLetters) {
        return value(CellPosition.index(columnLetters));
    }

    /** The position of this row's cell at the column index, e.g. to name it in a message. */
    public CellPosition position(int column) {
        return new CellPosition(number, column);
    }

    /** The non-empty cells with their positions. */
    public List<SheetCell> cells() {
        List<SheetCell> cells = new ArrayList<>();
        for (int column = 0; column < values.size(); column++) {
            if (!values.get(column).isEmpty()) {
                cells.add(new SheetCell(position(column), values.get(column)));
            }
        }
        return cells;
    }

    public boolean isBlank() {
        return values.stream().allMatch(String::isEmpty);
    }

    /**
     * The date in the cell, empty when the cell is: an ISO date (as XLSX date cells are read), {@code JJ/MM/AAAA}, or
     * an Excel date serial number (a date cell formatted as a number).
     *
     * @throws SpreadsheetException naming the cell when it holds something else
     */
    public Optional<LocalDate> date(int column) {
        String text = value(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CellParsing.date(text)
                .orElseThrow(() -> error(column, "« " + text + " » n'est pas une date (attendu JJ/MM/AAAA)")));
    }

    /**
     * The number in the cell, empty when the cell is: {@code 1234.5}, {@code 1234,5} or {@code 1 234,5}.
     *
     * @throws SpreadsheetException naming the cell when it holds something else
     */
    public Optional<BigDecimal> decimal(int column) {
        String text = value(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                CellParsing.decimal(text).orElseThrow(() -> error(column, "« " + text + " » n'est pas un nombre")));
    }

    /** An error about one cell of this row, located as {@code Feuille « Modèle », cellule C12 : <problem>}. */
    public SpreadsheetException error(int column, String problem) {
        return new SpreadsheetException("Feuille « " + sheet + " », cellule " + position(column) + " : " + problem);
    }

    /** An error about this row, located as {@code Feuille « Modèle », ligne 12 : <problem>}. */
    public SpreadsheetException error(String problem) {
        return new SpreadsheetException("Feuille « " + sheet + " », ligne " + number + " : " + problem);
    }
}
