package org.trio.platform.spreadsheet;

/**
 * One non-empty cell of an uploaded spreadsheet.
 *
 * @param position where it stands, e.g. {@code B12}
 * @param value its text (see {@link SheetRow} for how values are written)
 */
public record SheetCell(CellPosition position, String value) {}
