package org.trio.platform.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Gathers the cells POI's streaming parser reports into {@link SheetRow}s, one row at a time. */
final class XlsxRows implements SheetContentsHandler {

    private final String sheet;
    private final Consumer<SheetRow> rows;
    private List<String> values = new ArrayList<>();
    private int nextColumn;
    private int delivered;

    XlsxRows(String sheet, Consumer<SheetRow> rows) {
        this.sheet = sheet;
        this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
        values = new ArrayList<>();
        nextColumn = 0;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? nextColumn : columnOf(cellReference);
        String value = formattedValue == null ? "" : formattedValue.strip();
        while (values.size() < column) {
            values.add("");
        }
        if (column < values.size()) {
            values.set(column, value);
        } else {
            values.add(value);
        }
        nextColumn = column + 1;
    }

    @Override
    public void endRow(int rowNum) {
        int end = values.size();
        while (end > 0 && values.get(end - 1).isEmpty()) {
            end--;
        }
        if (end > 0) {
            delivered++;
            try {
                rows.accept(new SheetRow(sheet, rowNum + 1, values.subList(0, end)));
            } catch (RuntimeException e) {
                throw new RowHandlerFailure(e);
            }
        }
    }

    int delivered() {
        return delivered;
    }

    private static int columnOf(String reference) {
        int end = 0;
        while (end < reference.length() && Character.isLetter(reference.charAt(end))) {
            end++;
        }
        return CellPosition.index(reference.substring(0, end));
    }

    /** Carries an exception thrown by the caller's row handler through the XML parser, untouched. */
    static final class RowHandlerFailure extends RuntimeException {
        RowHandlerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}
