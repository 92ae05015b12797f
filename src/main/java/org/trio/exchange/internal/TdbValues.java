package org.trio.exchange.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the values of the upload format as the national dashboard accepts them, as pure functions: each returns the
 * canonical text of the value (dates {@code AAAA-MM-JJ}, booleans {@code OUI}/{@code NON}, sex {@code M}/{@code F}, …)
 * or empty when the value cannot be read; callers turn an empty answer into a message naming the expected format.
 */
final class TdbValues {

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_DATE_SHORT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{1,6}(\\.0+)?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("^(\\d{4})\\s*[-/]\\s*(\\d{4})$");
    private static final Pattern DEPARTMENT = Pattern.compile("^(\\d{3}|0?2[AB])$");
    /** Excel serials from 1 January 1900 to 31 December 2199: wider than any date of the format. */
    private static final int MAX_SERIAL = 109_574;

    static final String DATE_FORMAT = "AAAA-MM-JJ, JJ/MM/AAAA ou une date Excel";

    private TdbValues() {}

    /** {@code AAAA-MM-JJ}, {@code JJ/MM/AAAA} or an Excel date serial number (as in the template's example row). */
    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.contains("/")) {
                return Optional.of(LocalDate.parse(value, value.length() == 10 ? FRENCH_DATE : FRENCH_DATE_SHORT));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (SERIAL.matcher(value).matches()) {
            double serial = Double.parseDouble(value);
            if (serial >= 1 && serial <= MAX_SERIAL) {
                return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
            }
        }
        return Optional.empty();
    }

    /** VRAI/FAUX, OUI/NON, 1/0 (and TRUE/FALSE, as spreadsheet booleans are read). */
    static Optional<Boolean> bool(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "VRAI", "OUI", "1", "TRUE", "O" -> Optional.of(true);
            case "FAUX", "NON", "0", "FALSE", "N" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String bool(boolean value) {
        return value ? "OUI" : "NON";
    }

    /** 1, H or M for a man; 2 or F for a woman. Answers {@code M} or {@code F}. */
    static Optional<String> sex(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "1", "H", "M" -> Optional.of("M");
            case "2", "F" -> Optional.of("F");
            default -> Optional.empty();
        };
    }

    static boolean isEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }

    /**
     * A French phone number: 10 digits from a 0, or +33 (or (+)33) and 9 digits, answered as 10 digits from a 0;
     * spaces, dots and dashes removed.
     */
    static Optional<String> phone(String text) {
        String compact = text.replaceAll("[\\s.\\-()]", "");
        if (compact.matches("^0[1-9][0-9]{8}$")) {
            return Optional.of(compact);
        }
        if (compact.matches("^\\+?33[1-9][0-9]{8}$")) {
            return Optional.of("0" + compact.substring(compact.length() - 9));
        }
        return Optional.empty();
    }

    /** {@code AAAA-AAAA} with consecutive years. Answers the first year. */
    static Optional<Integer> schoolYear(String text) {
        var matcher = SCHOOL_YEAR.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(2));
        return second == first + 1 && first >= 2000 && first <= 2100 ? Optional.of(first) : Optional.empty();
    }

    static String schoolYear(int firstYear) {
        return firstYear + "-" + (firstYear + 1);
    }

    /** A whole number within bounds ({@code 12}, {@code 12.0} as spreadsheets write it). */
    static Optional<Integer> integer(String text, int min, int max) {
        String value = text.strip();
        if (!value.matches("^\\d{1,3}([.,]0+)?$")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(value.replaceAll("[.,]0+$", ""));
        return number >= min && number <= max ? Optional.of(number) : Optional.empty();
    }

    /** TYPE_CFA 01 to 10 (a spreadsheet may have dropped the leading zero). */
    static Optional<String> cfaType(String text) {
        return integer(text, 1, 10).map(n -> String.format(Locale.ROOT, "%02d", n));
    }

    /** A department number on three digits (SIFA ETAB_N_1 when the establishment is unknown). */
    static boolean isDepartment(String text) {
        return DEPARTMENT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** A name: at least one letter, no digit (spaces, dashes, accents and other signs allowed). */
    static boolean isName(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isDigit);
    }
}
