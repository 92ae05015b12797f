package org.trio.platform.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Turns the values rows give into what a column of each type writes, with a clear message when they do not fit. */
final class CellValues {

    private CellValues() {}

    static Number number(Column<?> column, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw unexpected(column, value);
    }

    /** The number as an exact decimal (doubles by their shortest decimal form, so 0.1 stays 0.1). */
    static BigDecimal decimal(Column<?> column, Object value) {
        Number number = number(column, value);
        if (number instanceof BigDecimal big) {
            return big;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(
                        "Colonne « " + column.header() + " » : valeur numérique invalide (" + d + ")");
            }
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(number.longValue());
    }

    static LocalDate date(Column<?> column, Object value, ZoneId zone) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant) {
            return dateTime(column, value, zone).toLocalDate();
        }
        throw unexpected(column, value);
    }

    static LocalDateTime dateTime(Column<?> column, Object value, ZoneId zone) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        throw unexpected(column, value);
    }

    static boolean bool(Column<?> column, Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw unexpected(column, value);
    }

    private static IllegalArgumentException unexpected(Column<?> column, Object value) {
        return new IllegalArgumentException("Colonne « " + column.header() + " » (" + column.type()
                + ") : valeur de type " + value.getClass().getSimpleName() + " inattendue");
    }
}
