package org.trio.platform.spreadsheet;

/**
 * Where a cell stands, as Excel names it: {@code B12} is column {@code B} (index 1 from 0) of row 12 (rows from 1).
 *
 * @param row the row number, from 1
 * @param column the column index, from 0 ({@code A} is 0)
 */
public record CellPosition(int row, int column) {

    public CellPosition {
        if (row < 1 || column < 0) {
            throw new IllegalArgumentException("Position de cellule invalide : ligne " + row + ", colonne " + column);
        }
    }

    /** The column's letters, e.g. {@code A}, {@code Z}, {@code AA}, {@code BJ}. */
    public String columnLetters() {
        return letters(column);
    }

    /** The Excel name of the cell, e.g. {@code B12}. */
    @Override
    public String toString() {
        return columnLetters() + row;
    }

    /** The letters of a column index from 0: 0 is {@code A}, 25 is {@code Z}, 26 is {@code AA}. */
    public static String letters(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("Index de colonne négatif : " + column);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** The index from 0 of a column given by its letters ({@code "AA"} is 26), case ignored. */
    public static int index(String letters) {
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("Colonne vide");
        }
        int index = 0;
        for (char c : letters.toCharArray()) {
            char upper = Character.toUpperCase(c);
            if (upper < 'A' || upper > 'Z') {
                throw new IllegalArgumentException("Colonne invalide : « " + letters + " »");
            }
            index = index * 26 + (upper - 'A' + 1);
        }
        return index - 1;
    }
}
