package org.trio.platform.document;

/**
 * What a column holds, which decides how its cells are written: numbers and dates stay numbers and dates in XLSX, and
 * are written the French way in CSV.
 *
 * <p>Accepted values (a {@code null} gives an empty cell):
 *
 * <ul>
 *   <li>{@link #TEXT}: any object, written with {@code toString()};
 *   <li>{@link #INTEGER}, {@link #DECIMAL}: a {@link Number};
 *   <li>{@link #PERCENT}: a {@link Number} holding a fraction ({@code 0.125} is 12,5 %);
 *   <li>{@link #DATE}: a {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime} or {@code ZonedDateTime}
 *       (its date);
 *   <li>{@link #DATE_TIME}: the same types or an {@code Instant}, shown in Trio's time zone;
 *   <li>{@link #BOOLEAN}: a {@link Boolean}.
 * </ul>
 */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    DATE,
    DATE_TIME,
    BOOLEAN
}
