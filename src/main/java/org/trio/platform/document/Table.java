package org.trio.platform.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A table to export: a title, typed columns and rows. The rows are streamed, never copied, so a table of hundreds of
 * thousands of rows is written without holding them in memory; a rows supplier given to {@link Builder#rows(Supplier)}
 * is only called when the file is written (e.g. a {@code JdbcClient} query's {@code stream()}), and the stream is
 * closed after writing.
 *
 * <pre>{@code
 * Table<ApprenticeRow> table = Table.<ApprenticeRow>titled("Apprentis")
 *         .text("Nom", ApprenticeRow::lastName)
 *         .date("Date de naissance", ApprenticeRow::birthDate)
 *         .percent("Assiduité", ApprenticeRow::attendanceRate)
 *         .rows(() -> jdbc.sql(QUERY).query(ApprenticeRow.class).stream());
 * }</pre>
 *
 * @param title the title, used as sheet name in XLSX (shortened and cleaned there)
 * @param columns the columns, in order
 * @param rows opens the rows; each call to {@link #openRows()} calls it once
 * @param <R> the type of the rows
 */
public record Table<R>(String title, List<Column<R>> columns, Supplier<? extends Stream<? extends R>> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Le tableau « " + title + " » n'a aucune colonne");
        }
    }

    /** Starts a table with the given title. */
    public static <R> Builder<R> titled(String title) {
        return new Builder<>(title);
    }

    /** Opens the rows; the caller closes the stream. */
    public Stream<? extends R> openRows() {
        return rows.get();
    }

    /** The header texts, in order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Builds a {@link Table} column by column. */
    public static final class Builder<R> {

        private final String title;
        private final List<Column<R>> columns = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder<R> column(String header, ColumnType type, Function<? super R, ?> value) {
            columns.add(new Column<>(header, type, value));
            return this;
        }

        public Builder<R> text(String header, Function<? super R, ?> value) {
            return column(header, ColumnType.TEXT, value);
        }

        public Builder<R> integer(String header, Function<? super R, ? extends Number> value) {
            return column(header, ColumnType.INTEGER, value);
        }

        public Builder<R> decimal(String header, Function<? super R, ? extends Number> value) {
            return column(header, ColumnType.DECIMAL, value);
        }

        /** A percentage, given as a fraction: {@code 0.125} is written 12,5 %. */
        public Builder<R> percent(String header, Function<? super R, ? extends Number> value) {
            return column(header, ColumnType.PERCENT, value);
        }

        public Builder<R> date(String header, Function<? super R, ?> value) {
            return column(header, ColumnType.DATE, value);
        }

        public Builder<R> dateTime(String header, Function<? super R, ?> value) {
            return column(header, ColumnType.DATE_TIME, value);
        }

        public Builder<R> bool(String header, Function<? super R, Boolean> value) {
            return column(header, ColumnType.BOOLEAN, value);
        }

        /** Rows opened when the table is written, e.g. {@code () -> query.stream()}. */
        public Table<R> rows(Supplier<? extends Stream<? extends R>> rows) {
            return new Table<>(title, columns, rows);
        }

        /** Rows already at hand (a list, or any iterable read once per export). */
        public Table<R> rows(Iterable<? extends R> rows) {
            Objects.requireNonNull(rows, "rows");
            return rows(() -> StreamSupport.stream(rows.spliterator(), false));
        }

        /** Rows of a stream, which can be written only once. */
        public Table<R> rows(Stream<? extends R> rows) {
            Objects.requireNonNull(rows, "rows");
            AtomicBoolean opened = new AtomicBoolean();
            return rows(() -> {
                if (opened.getAndSet(true)) {
                    throw new IllegalStateException("Les lignes du tableau « " + title + " » ont déjà été écrites");
                }
                return rows;
            });
        }
    }
}
