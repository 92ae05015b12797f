package org.trio.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Writes numeric XLSX cells the way imports want them, whatever their display format: date cells as ISO dates (with
 * the time when they hold one), other numbers plainly, without {@code .0}, thousands separators or exponent, so that
 * a SIRET of 14 digits stays whole.
 */
final class IsoDataFormatter extends DataFormatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return isoDate(value, use1904);
        }
        return plain(value);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        return number.signum() == 0 ? "0" : number.toPlainString();
    }

    private static String isoDate(double value, boolean use1904) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904, true);
        boolean hasTime = dateTime.toLocalTime().toSecondOfDay() != 0;
        DateTimeFormatter time = dateTime.getSecond() == 0 ? TIME : TIME_SECONDS;
        if (value < 1) {
            return time.format(dateTime);
        }
        return hasTime
                ? dateTime.toLocalDate() + "T" + time.format(dateTime)
                : dateTime.toLocalDate().toString();
    }
}
