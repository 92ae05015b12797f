package org.trio.platform.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV the way French Excel opens it directly: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF line ends, dates {@code JJ/MM/AAAA}, decimal comma, percentages like {@code 12,5%}, booleans
 * {@code Oui}/{@code Non}. Text that a spreadsheet could take for a formula is prefixed with a single quote.
 *
 * <pre>{@code new CsvTableWriter(ZoneId.of("Europe/Paris")).write(apprentices, out);}</pre>
 */
public final class CsvTableWriter {

    /** The CSV content type. */
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    static final char BOM = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .get();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final ZoneId zone;

    /** @param zone the time zone in which date-times without one are shown */
    public CsvTableWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the table, header first; the stream is flushed, not closed. */
    public <R> void write(Table<R> table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        List<Column<R>> columns = table.columns();
        for (Column<R> column : columns) {
            printer.print(FormulaGuard.neutralise(column.header()));
        }
        printer.println();
        try (Stream<? extends R> rows = table.openRows()) {
            Iterator<? extends R> iterator = rows.iterator();
            while (iterator.hasNext()) {
                R row = iterator.next();
                for (Column<R> column : columns) {
                    printer.print(format(column, column.valueOf(row)));
                }
                printer.println();
            }
        }
        printer.flush();
    }

    String format(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> FormulaGuard.neutralise(value.toString());
            case INTEGER, DECIMAL -> frenchNumber(CellValues.decimal(column, value));
            case PERCENT ->
                frenchNumber(CellValues.decimal(column, value).movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                        + "%";
            case DATE -> DATE.format(CellValues.date(column, value, zone));
            case DATE_TIME -> DATE_TIME.format(CellValues.dateTime(column, value, zone));
            case BOOLEAN -> CellValues.bool(column, value) ? "Oui" : "Non";
        };
    }

    private static String frenchNumber(BigDecimal number) {
        BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }
}
