package org.trio.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year "YYYY-YYYY", running from 1 August to 31 July (convention of the national apprenticeship dashboard).
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})-(\\d{4})$");

    public SchoolYear {
        if (startYear < 1990 || startYear > 2100) {
            throw new IllegalArgumentException("Année scolaire hors limites : " + startYear);
        }
    }

    public static SchoolYear of(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses "2024-2025"; the second year must follow the first. */
    public static SchoolYear parse(String label) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Année scolaire attendue au format AAAA-AAAA : " + label);
        }
        int first = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != first + 1) {
            throw new IllegalArgumentException("Les deux années doivent se suivre : " + label);
        }
        return new SchoolYear(first);
    }

    public static boolean isValidLabel(String label) {
        try {
            parse(label);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
