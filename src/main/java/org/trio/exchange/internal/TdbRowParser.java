package org.trio.exchange.internal;

import static org.trio.exchange.internal.TdbColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.trio.shared.IdentifierKind;
import org.trio.shared.Identifiers;

/**
 * Checks one row of the upload format against the template's description sheet and turns it into a {@link TdbRow}: a
 * pure function of the cells' texts and today's date. Every problem names the row, the column (letter and field name),
 * the value and what was expected.
 *
 * <p>Errors stop the import: a required ({@code *}) field left empty, a value that does not have its format (date,
 * boolean, sex, postcode, e-mail, phone, INE, UAI, SIRET, RNCP, CFD, school year, code lists), a text longer than Trio
 * keeps, and the consistency rules: a contract's end, employer, rupture or cause without its start date, a contract
 * start without its end or employer ({@code **}), a start after its end, a rupture outside its contract, contract n+1
 * without contract n, an exclusion cause without its date, an apprentice younger than 14. The consistency rules are
 * checked even when some cells of the row could not be read, so that every error of a row is reported at once.
 *
 * <p>Warnings are reported and do not stop it: a UAI whose check letter or a SIRET whose Luhn key is wrong (the
 * template's own example row has both: the national dashboard checks them on its side), a situation code missing from
 * the SIFA list, dates that do not fit the training or the school year, overlapping contracts, a postcode of 4 digits
 * or a phone number of 9 digits whose leading zero a spreadsheet dropped (it is put back).
 */
final class TdbRowParser {

    private static final Map<TdbColumn, Integer> MAX_LENGTHS = new EnumMap<>(TdbColumn.class);

    static {
        for (TdbColumn column : TdbColumn.values()) {
            switch (column.kind()) {
                case NAME -> MAX_LENGTHS.put(column, 100);
                case EMAIL -> MAX_LENGTHS.put(column, 254);
                case TEXT -> MAX_LENGTHS.put(column, 300);
                default -> {}
            }
        }
        MAX_LENGTHS.put(ADDRESS, 200);
        MAX_LENGTHS.put(PLACE_ADDRESS, 200);
        MAX_LENGTHS.put(SHORT_LABEL, 100);
    }

    /** The row read, or null when it has errors; and every problem found. */
    record Parsed(@Nullable TdbRow row, List<ImportIssue> issues) {

        boolean hasErrors() {
            return issues.stream().anyMatch(ImportIssue::isError);
        }
    }

    private final int number;
    private final Function<TdbColumn, String> raw;
    private final LocalDate today;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final String[] values = new String[TdbColumn.values().length];
    /** The cells as written in the file (spaces stripped), to name a value that could not be read. */
    private final String[] written = new String[TdbColumn.values().length];
    /** The cells that hold something but could not be read (their error is already reported). */
    private final boolean[] unreadable = new boolean[TdbColumn.values().length];

    private TdbRowParser(int number, Function<TdbColumn, String> raw, LocalDate today) {
        this.number = number;
        this.raw = raw;
        this.today = today;
    }

    /**
     * Reads a row.
     *
     * @param number the row's number as the spreadsheet shows it
     * @param raw the text of each column's cell ({@code ""} when empty)
     * @param today to check the birth date
     */
    static Parsed parse(int number, Function<TdbColumn, String> raw, LocalDate today) {
        TdbRowParser parser = new TdbRowParser(number, raw, today);
        parser.read();
        // consistency is checked even when a cell is unreadable, so that the report lists every error of the row at
        // once
        parser.consistency();
        boolean errors = parser.issues.stream().anyMatch(ImportIssue::isError);
        return new Parsed(errors ? null : new TdbRow(number, List.of(parser.values)), List.copyOf(parser.issues));
    }

    private void read() {
        for (TdbColumn column : TdbColumn.values()) {
            String text = clean(raw.apply(column));
            values[column.ordinal()] = "";
            written[column.ordinal()] = text;
            if (text.isEmpty() && column == ON_SITE) {
                // "Non si 100 % à distance": an empty cell is a training on site
                values[column.ordinal()] = TdbValues.bool(true);
                continue;
            }
            if (text.isEmpty()) {
                if (column.required()) {
                    error(column, text, "champ obligatoire non renseigné");
                }
                continue;
            }
            Integer max = MAX_LENGTHS.get(column);
            if (max != null && text.length() > max) {
                unreadable[column.ordinal()] = true;
                error(
                        column,
                        abbreviate(text),
                        "texte trop long (" + text.length() + " caractères, " + max + " au plus)");
                continue;
            }
            canonical(column, text).ifPresent(value -> values[column.ordinal()] = value);
        }
    }

    private Optional<String> canonical(TdbColumn column, String text) {
        switch (column.kind()) {
            case NAME -> {
                return check(
                        column, text, TdbValues.isName(text) ? text : null, "au moins une lettre et aucun chiffre");
            }
            case TEXT -> {
                return Optional.of(text);
            }
            case DATE -> {
                return check(
                        column,
                        text,
                        TdbValues.date(text).map(LocalDate::toString).orElse(null),
                        "une date valide au format " + TdbValues.DATE_FORMAT);
            }
            case SEX -> {
                return check(column, text, TdbValues.sex(text).orElse(null), "1, 2, H, F ou M");
            }
            case POST_CODE -> {
                String value = text.replace(" ", "");
                if (value.matches("^[1-9][0-9]{3}$")) {
                    // a spreadsheet that took the code for a number dropped its leading zero (01000 → 1000)
                    warning(column, text, "zéro initial ajouté : " + "0" + value + " (code lu comme un nombre ?)");
                    value = "0" + value;
                }
                return check(
                        column,
                        text,
                        IdentifierKind.POST_CODE.isValid(value) ? value : null,
                        "un code postal de 5 chiffres");
            }
            case EMAIL -> {
                return check(column, text, TdbValues.isEmail(text) ? text : null, "une adresse texte@texte.texte");
            }
            case INE -> {
                String value = IdentifierKind.INE.normalize(text);
                return check(
                        column,
                        text,
                        IdentifierKind.INE.isValid(value) ? value : null,
                        "un INE de 11 caractères (9 chiffres et 2 lettres, 10 chiffres et 1 lettre, ou l'INE"
                                + " apprentissage)");
            }
            case PHONE -> {
                String compact = text.replaceAll("[\\s.\\-]", "");
                if (compact.matches("^[1-9][0-9]{8}$")) {
                    // a spreadsheet that took the number for a number dropped its leading zero (0612… → 612…)
                    warning(column, text, "zéro initial ajouté : 0" + compact + " (numéro lu comme un nombre ?)");
                    return Optional.of("0" + compact);
                }
                return check(
                        column,
                        text,
                        TdbValues.phone(text).orElse(null),
                        "10 chiffres commençant par 0, ou +33 suivi de 9 chiffres");
            }
            case BOOLEAN -> {
                return check(
                        column,
                        text,
                        TdbValues.bool(text).map(TdbValues::bool).orElse(null),
                        "VRAI ou FAUX, OUI ou NON, 1 ou 0");
            }
            case UAI -> {
                return uai(column, text, false);
            }
            case UAI_OR_DEPARTMENT -> {
                if (TdbValues.isDepartment(text)) {
                    String department = text.strip().toUpperCase(java.util.Locale.ROOT);
                    return Optional.of(department.length() == 2 ? "0" + department : department);
                }
                return uai(column, text, true);
            }
            case SITUATION -> {
                String value = text.strip();
                if (!value.matches("^[0-9]{4}$")) {
                    return check(column, text, null, "un code de 4 chiffres de la nomenclature SIFA (SIT_N_1)");
                }
                if (!SifaCodes.SIT_N_1.contains(value)) {
                    warning(column, text, "code absent de la nomenclature SIFA des situations de l'an dernier");
                }
                return Optional.of(value);
            }
            case CFA_TYPE -> {
                return check(column, text, TdbValues.cfaType(text).orElse(null), "un type de CFA de 01 à 10");
            }
            case SIRET -> {
                String value = Identifiers.normalize(text);
                if (!value.matches("^[0-9]{14}$")) {
                    return check(column, text, null, "un SIRET de 14 chiffres");
                }
                if (!IdentifierKind.SIRET.isValid(value)) {
                    warning(column, text, "la clé de contrôle (Luhn) du SIRET est fausse : vérifiez le numéro");
                }
                return Optional.of(value);
            }
            case SCHOOL_YEAR -> {
                return check(
                        column,
                        text,
                        TdbValues.schoolYear(text).map(TdbValues::schoolYear).orElse(null),
                        "une année scolaire AAAA-AAAA (deux années qui se suivent)");
            }
            case PROGRAMME_YEAR -> {
                return check(
                        column,
                        text,
                        TdbValues.integer(text, 1, 5).map(String::valueOf).orElse(null),
                        "1, 2, 3, 4 ou 5");
            }
            case DURATION -> {
                return check(
                        column,
                        text,
                        TdbValues.integer(text, 1, 48).map(String::valueOf).orElse(null),
                        "un nombre entier de mois de 1 à 48");
            }
            case RNCP -> {
                String value = Identifiers.normalizeRncp(text);
                return check(
                        column,
                        text,
                        Identifiers.checkRncp(value).isEmpty() ? value : null,
                        "RNCP suivi de 2 à 5 chiffres (RNCP12345) ou les chiffres seuls");
            }
            case CFD -> {
                String value = Identifiers.normalize(text);
                return check(
                        column,
                        text,
                        Identifiers.checkCfd(value).isEmpty() ? value : null,
                        "un code formation diplôme (CFD) de 8 caractères");
            }
        }
        throw new IllegalStateException(column.kind().name());
    }

    private Optional<String> uai(TdbColumn column, String text, boolean departmentAllowed) {
        String value = Identifiers.normalize(text);
        if (!value.matches("^[0-9]{7}[A-Z]$")) {
            return check(
                    column,
                    text,
                    null,
                    "un UAI de 7 chiffres et une lettre (1234567A)"
                            + (departmentAllowed ? " ou un numéro de département sur 3 caractères" : ""));
        }
        if (!IdentifierKind.UAI.isValid(value)) {
            warning(
                    column,
                    text,
                    "la lettre de contrôle de l'UAI est fausse (attendu "
                            + Identifiers.uaiCheckLetter(value.substring(0, 7)) + ") : vérifiez le numéro");
        }
        return Optional.of(value);
    }

    private Optional<String> check(TdbColumn column, String text, @Nullable String value, String expected) {
        if (value == null) {
            unreadable[column.ordinal()] = true;
            error(column, text, "format incorrect, attendu : " + expected);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void consistency() {
        LocalDate birth = dateOrNull(BIRTH_DATE);
        if (birth != null && birth.isAfter(today.minusYears(14))) {
            error(BIRTH_DATE, text(BIRTH_DATE), "l'apprenti aurait moins de 14 ans aujourd'hui");
        }
        LocalDate start = dateOrNull(TRAINING_START);
        LocalDate end = dateOrNull(TRAINING_END);
        if (start != null && end != null && start.isAfter(end)) {
            error(
                    TRAINING_END,
                    text(TRAINING_END),
                    "la fin de formation précède son entrée (" + text(TRAINING_START) + ")");
        }
        LocalDate registration = dateOrNull(REGISTRATION_DATE);
        if (registration != null && end != null && registration.isAfter(end)) {
            warning(REGISTRATION_DATE, text(REGISTRATION_DATE), "inscription après la fin de la formation");
        }
        if (has(SCHOOL_YEAR) && start != null && end != null) {
            int year = Integer.parseInt(text(SCHOOL_YEAR).substring(0, 4));
            if (start.isAfter(LocalDate.of(year + 1, 8, 31)) || end.isBefore(LocalDate.of(year, 9, 1))) {
                warning(
                        SCHOOL_YEAR,
                        text(SCHOOL_YEAR),
                        "la formation (" + text(TRAINING_START) + " → " + text(TRAINING_END)
                                + ") ne couvre pas cette année scolaire");
            }
        }
        if (has(EXCLUSION_CAUSE) && !present(EXCLUSION_DATE)) {
            error(
                    EXCLUSION_CAUSE,
                    text(EXCLUSION_CAUSE),
                    "cause d'exclusion sans date d'exclusion (colonne " + EXCLUSION_DATE.letter() + ")");
        }
        if (has(EXCLUSION_DATE) && start != null && date(EXCLUSION_DATE).isBefore(start)) {
            warning(EXCLUSION_DATE, text(EXCLUSION_DATE), "exclusion avant l'entrée en formation");
        }
        if (has(DIPLOMA_DATE) && Boolean.FALSE.equals(bool(DIPLOMA_OBTAINED))) {
            warning(DIPLOMA_DATE, text(DIPLOMA_DATE), "date d'obtention alors que le diplôme est indiqué non obtenu");
        }
        if (has(RQTH_DATE) && !unreadable[RQTH.ordinal()] && !Boolean.TRUE.equals(bool(RQTH))) {
            warning(RQTH_DATE, text(RQTH_DATE), "date de RQTH alors que la RQTH n'est pas indiquée");
        }
        boolean previousMissing = false;
        LocalDate previousLast = null;
        for (int n = 1; n <= TdbColumn.CONTRACTS; n++) {
            List<TdbColumn> c = TdbColumn.contract(n);
            TdbColumn startColumn = c.get(0);
            if (!present(startColumn)) {
                for (TdbColumn other : c.subList(1, 5)) {
                    if (present(other)) {
                        error(
                                other,
                                shown(other),
                                "renseigné sans date de début du contrat " + n + " (colonne " + startColumn.letter()
                                        + ")");
                    }
                }
                previousMissing = true;
                continue;
            }
            if (previousMissing) {
                error(
                        startColumn,
                        shown(startColumn),
                        "contrat " + n + " sans contrat " + (n - 1) + " : remplissez les contrats dans l'ordre");
            }
            if (!present(c.get(1))) {
                error(c.get(1), "", "date de fin obligatoire quand le contrat " + n + " a une date de début");
            }
            if (!present(c.get(2))) {
                error(c.get(2), "", "SIRET de l'employeur obligatoire quand le contrat " + n + " a une date de début");
            }
            if (!has(startColumn)) {
                // its date could not be read: its error is reported, the other checks of this contract cannot be made
                previousMissing = false;
                previousLast = null;
                continue;
            }
            previousMissing = false;
            LocalDate contractStart = date(startColumn);
            if (has(c.get(1))) {
                LocalDate contractEnd = date(c.get(1));
                if (contractStart.isAfter(contractEnd)) {
                    error(
                            c.get(1),
                            text(c.get(1)),
                            "la fin du contrat " + n + " précède son début (" + text(startColumn) + ")");
                } else {
                    if (has(c.get(3))) {
                        LocalDate rupture = date(c.get(3));
                        if (rupture.isBefore(contractStart)) {
                            error(
                                    c.get(3),
                                    text(c.get(3)),
                                    "rupture avant le début du contrat " + n + " (" + text(startColumn) + ")");
                        } else if (rupture.isAfter(contractEnd)) {
                            error(
                                    c.get(3),
                                    text(c.get(3)),
                                    "rupture après la fin du contrat " + n + " (" + text(c.get(1)) + ")");
                        }
                    }
                    if (has(c.get(4)) && !present(c.get(3))) {
                        warning(c.get(4), text(c.get(4)), "cause de rupture sans date de rupture du contrat " + n);
                    }
                    if (previousLast != null && !contractStart.isAfter(previousLast)) {
                        warning(
                                startColumn,
                                text(startColumn),
                                "le contrat " + n + " commence avant la fin du contrat précédent");
                    }
                    if (start != null && end != null && (contractStart.isAfter(end) || contractEnd.isBefore(start))) {
                        warning(
                                startColumn,
                                text(startColumn),
                                "le contrat " + n
                                        + " ne recouvre pas la formation (" + text(TRAINING_START) + " → "
                                        + text(TRAINING_END) + ")");
                    }
                    previousLast = has(c.get(3)) ? date(c.get(3)).minusDays(1) : contractEnd;
                }
            }
        }
    }

    /** Whether the cell holds something, read or not. */
    private boolean present(TdbColumn column) {
        return has(column) || unreadable[column.ordinal()];
    }

    /** The value read, else the text as written (for a cell that could not be read). */
    private String shown(TdbColumn column) {
        return has(column) ? text(column) : written[column.ordinal()];
    }

    private @Nullable LocalDate dateOrNull(TdbColumn column) {
        return has(column) ? date(column) : null;
    }

    private String text(TdbColumn column) {
        return values[column.ordinal()];
    }

    private boolean has(TdbColumn column) {
        return !values[column.ordinal()].isEmpty();
    }

    private LocalDate date(TdbColumn column) {
        return LocalDate.parse(values[column.ordinal()]);
    }

    private @Nullable Boolean bool(TdbColumn column) {
        return has(column) ? text(column).equals("OUI") : null;
    }

    private void error(TdbColumn column, String value, String reason) {
        issues.add(ImportIssue.error(number, column, value, reason));
    }

    private void warning(TdbColumn column, String value, String reason) {
        issues.add(ImportIssue.warning(number, column, value, reason));
    }

    /** Strips spaces (non-breaking ones too) and a byte order mark. */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String value = text.replace("\uFEFF", "").replace('\u00a0', ' ').strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            // the mark a spreadsheet export puts before a text that could be taken for a formula
            return value.substring(1);
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
