package org.trio.platform.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables to an XLSX workbook, one sheet per table, streaming rows to disk (Apache POI SXSSF) so that the
 * number of rows does not matter. Each sheet has a bold, frozen header row with an autofilter; numbers, percentages,
 * dates (dd/mm/yyyy) and booleans are real typed cells. Text is always written as text, never as a formula, and text
 * that starts like a formula is marked as quoted text so Excel never evaluates it, even after an edit.
 *
 * <pre>{@code new XlsxTableWriter(ZoneId.of("Europe/Paris")).write(List.of(apprentices, contracts), out);}</pre>
 */
public final class XlsxTableWriter {

    /** The XLSX content type. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private final ZoneId zone;

    /** @param zone the time zone in which date-times without one are shown */
    public XlsxTableWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes one table as a one-sheet workbook. */
    public void write(Table<?> table, OutputStream out) throws IOException {
        write(List.of(table), out);
    }

    /** Writes several tables, one sheet each, in order; the first table's title is the workbook's title. */
    public void write(List<? extends Table<?>> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("Un classeur doit contenir au moins un tableau");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = new SheetNames();
            for (Table<?> table : tables) {
                writeSheet(workbook.createSheet(names.next(table.title())), styles, table);
            }
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(tables.get(0).title());
            properties.setCreator("Trio");
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private <R> void writeSheet(SXSSFSheet sheet, XlsxStyles styles, Table<R> table) {
        List<Column<R>> columns = table.columns();
        ColumnWidths widths = new ColumnWidths(columns);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
        }
        int last = 0;
        try (Stream<? extends R> rows = table.openRows()) {
            Iterator<? extends R> iterator = rows.iterator();
            while (iterator.hasNext()) {
                R item = iterator.next();
                if (++last >= MAX_ROWS) {
                    throw new IllegalStateException("Le tableau « " + table.title()
                            + " » dépasse le nombre de lignes d'une feuille Excel : exportez-le en CSV");
                }
                Row row = sheet.createRow(last);
                for (int i = 0; i < columns.size(); i++) {
                    Column<R> column = columns.get(i);
                    Object value = column.valueOf(item);
                    if (value != null) {
                        writeCell(row.createCell(i), column, value, styles, widths, i);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, widths.width(i));
        }
    }

    private void writeCell(
            Cell cell, Column<?> column, Object value, XlsxStyles styles, ColumnWidths widths, int index) {
        switch (column.type()) {
            case TEXT -> {
                String text = value.toString();
                if (text.length() > MAX_TEXT_LENGTH) {
                    text = text.substring(0, MAX_TEXT_LENGTH - 1) + "…";
                }
                cell.setCellValue(text);
                cell.setCellStyle(FormulaGuard.isRisky(text) ? styles.quotedText : styles.text);
                widths.fit(index, text.length());
            }
            case INTEGER -> numeric(cell, column, value, styles.integer, widths, index);
            case DECIMAL -> numeric(cell, column, value, styles.decimal, widths, index);
            case PERCENT -> numeric(cell, column, value, styles.percent, widths, index);
            case DATE -> {
                cell.setCellValue(CellValues.date(column, value, zone));
                cell.setCellStyle(styles.date);
            }
            case DATE_TIME -> {
                cell.setCellValue(CellValues.dateTime(column, value, zone));
                cell.setCellStyle(styles.dateTime);
            }
            case BOOLEAN -> cell.setCellValue(CellValues.bool(column, value));
        }
    }

    private static void numeric(
            Cell cell,
            Column<?> column,
            Object value,
            org.apache.poi.ss.usermodel.CellStyle style,
            ColumnWidths widths,
            int index) {
        Number number = CellValues.number(column, value);
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(style);
        widths.fit(index, number.toString().length() + 2);
    }
}
