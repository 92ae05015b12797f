package org.trio.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reads dates and numbers out of cell texts, whether they came from an XLSX cell or were typed in a CSV file. */
final class CellParsing {

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0+)?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final int MAX_SERIAL = 2_958_465; // 31/12/9999

    private CellParsing() {}

    static Optional<LocalDate> date(String text) {
        try {
            if (text.length() >= 10 && text.charAt(4) == '-') {
                return Optional.of(LocalDate.parse(text.substring(0, 10)));
            }
            if (text.contains("/")) {
                return Optional.of(LocalDate.parse(text, FRENCH_DATE));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (SERIAL.matcher(text).matches()) {
            double serial = Double.parseDouble(text);
            if (serial >= 1 && serial <= MAX_SERIAL) {
                return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
            }
        }
        return Optional.empty();
    }

    static Optional<BigDecimal> decimal(String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }
}
