package org.trio.platform.document;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a {@link Table}: its header, its type and how to read its value from a row.
 *
 * @param header the header text, in French
 * @param type what the column holds
 * @param value reads the cell's value from a row; may return {@code null} for an empty cell
 * @param <R> the type of the rows
 */
public record Column<R>(String header, ColumnType type, Function<? super R, ?> value) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The cell of this column for the given row. */
    public Object valueOf(R row) {
        return value.apply(row);
    }
}
