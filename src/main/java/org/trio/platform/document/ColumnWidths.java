package org.trio.platform.document;

import java.util.List;

/**
 * Column widths of an exported sheet, from the header and the longest value met (in characters), within bounds so
 * that a long comment does not make a column as wide as the screen.
 */
final class ColumnWidths {

    private static final int MIN = 8;
    private static final int MAX = 60;
    private static final int FILTER_BUTTON = 3;
    private final int[] characters;

    ColumnWidths(List<? extends Column<?>> columns) {
        characters = new int[columns.size()];
        for (int i = 0; i < characters.length; i++) {
            Column<?> column = columns.get(i);
            int typical = switch (column.type()) {
                case DATE -> 11;
                case DATE_TIME -> 17;
                default -> 0;
            };
            characters[i] = Math.max(column.header().length() + FILTER_BUTTON, typical);
        }
    }

    void fit(int column, int length) {
        if (length > characters[column]) {
            characters[column] = length;
        }
    }

    /** The width of the column in Excel's units (1/256 of a character). */
    int width(int column) {
        return Math.max(MIN, Math.min(MAX, characters[column] + 1)) * 256;
    }
}
