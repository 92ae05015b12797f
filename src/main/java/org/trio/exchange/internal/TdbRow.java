package org.trio.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A row of the upload format once read: its number in the file and the canonical text of each of the 62 columns
 * ({@code ""} when empty; dates {@code AAAA-MM-JJ}, booleans {@code OUI}/{@code NON}, sex {@code M}/{@code F},
 * identifiers normalised). Two rows saying the same thing have the same canonical values, hence the same {@link
 * #hash()}, whatever the way they were written (serial dates or French dates, {@code 1} or {@code VRAI}…).
 */
record TdbRow(int number, List<String> values) {

    TdbRow {
        if (values.size() != TdbColumn.values().length) {
            throw new IllegalArgumentException("62 valeurs attendues, " + values.size() + " reçues");
        }
        values = List.copyOf(values);
    }

    public String text(TdbColumn column) {
        return values.get(column.ordinal());
    }

    @Nullable
    String textOrNull(TdbColumn column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    boolean has(TdbColumn column) {
        return !text(column).isEmpty();
    }

    @Nullable
    LocalDate date(TdbColumn column) {
        return has(column) ? LocalDate.parse(text(column)) : null;
    }

    @Nullable
    Boolean bool(TdbColumn column) {
        return has(column) ? text(column).equals("OUI") : null;
    }

    int integer(TdbColumn column) {
        return Integer.parseInt(text(column));
    }

    int schoolYear() {
        return Integer.parseInt(text(TdbColumn.SCHOOL_YEAR).substring(0, 4));
    }

    /** The contracts of the row, in order, up to the first one without a start date. */
    public List<ContractValues> contracts() {
        List<ContractValues> contracts = new ArrayList<>();
        for (int n = 1; n <= TdbColumn.CONTRACTS; n++) {
            List<TdbColumn> columns = TdbColumn.contract(n);
            if (!has(columns.get(0))) {
                break;
            }
            contracts.add(new ContractValues(
                    n,
                    date(columns.get(0)),
                    date(columns.get(1)),
                    text(columns.get(2)),
                    date(columns.get(3)),
                    textOrNull(columns.get(4))));
        }
        return contracts;
    }

    record ContractValues(
            int rank,
            LocalDate start,
            LocalDate end,
            String siret,
            @Nullable LocalDate rupture,
            @Nullable String cause) {}

    /**
     * Who the row is about, for the stable key: the INE when given, else the names and birth date (case, accents and
     * spaces ignored).
     */
    String identity() {
        if (has(TdbColumn.INE)) {
            return "INE:" + text(TdbColumn.INE);
        }
        return "NOM:" + fold(text(TdbColumn.LAST_NAME)) + "|" + fold(text(TdbColumn.FIRST_NAME)) + "|"
                + text(TdbColumn.BIRTH_DATE);
    }

    /** Names and birth date only, to spot likely duplicates. */
    String person() {
        return fold(text(TdbColumn.LAST_NAME)) + "|" + fold(text(TdbColumn.FIRST_NAME)) + "|"
                + text(TdbColumn.BIRTH_DATE);
    }

    /** The stable key of the row: responsible UAI, school year and apprentice identity. */
    String key() {
        return text(TdbColumn.RESPONSIBLE_UAI) + "|" + text(TdbColumn.SCHOOL_YEAR) + "|" + identity();
    }

    /** A digest of the canonical values: equal for rows saying the same thing. */
    String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String value : values) {
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upper case without accents nor spaces at the ends, for comparing names. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toUpperCase(Locale.ROOT);
    }
}
