package org.trio.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validation and normalisation of the identifiers of the French nomenclatures (glossary "Identifiers").
 *
 * <p>Each {@code check…} method returns the message code of the first broken rule, or empty when the value is valid.
 * Message codes live in {@code messages.properties} and take the field label as argument {0} and the value as {1}, so
 * that every error names the field it is about.
 */
public final class Identifiers {

    private static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
    private static final String UAI_CHECK_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Pattern SIRET = Pattern.compile("^[0-9]{14}$");
    private static final Pattern SIREN = Pattern.compile("^[0-9]{9}$");
    private static final Pattern CFD = Pattern.compile("^[0-9A-Z]{8}$");
    private static final Pattern RNCP = Pattern.compile("^RNCP[0-9]{2,5}$");
    private static final Pattern NAF = Pattern.compile("^[0-9]{4}[A-Z]$");
    private static final Pattern IDCC = Pattern.compile("^[0-9]{4}$");
    private static final Pattern POST_CODE = Pattern.compile("^(?:[0-8][0-9]|9[0-8])[0-9]{3}$");
    private static final Pattern INE_RNIE = Pattern.compile("^[0-9]{9}[A-Z]{2}$");
    private static final Pattern INE_BEA = Pattern.compile("^[0-9_]{10}[A-Z]$");
    private static final Pattern INE_APPRENTICE = Pattern.compile("^[0-9]{4}A[0-9]{5}[A-Z]$");
    /** La Poste's establishments share one SIREN whose SIRETs do not follow Luhn (INSEE rule). */
    private static final String LA_POSTE_SIREN = "356000000";

    private Identifiers() {}

    /** Upper-cases and removes spaces, dots and dashes people type in codes. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.strip().replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> checkUai(String value) {
        if (!UAI.matcher(value).matches()) {
            return Optional.of("identifier.uai.format");
        }
        return uaiCheckLetter(value.substring(0, 7)) == value.charAt(7)
                ? Optional.empty()
                : Optional.of("identifier.uai.checksum");
    }

    /** The UAI check letter: the 7-digit number modulo 23 indexes an alphabet without I, O and Q. */
    public static char uaiCheckLetter(String sevenDigits) {
        return UAI_CHECK_ALPHABET.charAt(Integer.parseInt(sevenDigits) % 23);
    }

    public static Optional<String> checkSiret(String value) {
        if (!SIRET.matcher(value).matches()) {
            return Optional.of("identifier.siret.format");
        }
        if (value.startsWith(LA_POSTE_SIREN)) {
            return value.chars().map(c -> c - '0').sum() % 5 == 0
                    ? Optional.empty()
                    : Optional.of("identifier.siret.checksum");
        }
        return luhn(value) ? Optional.empty() : Optional.of("identifier.siret.checksum");
    }

    public static Optional<String> checkSiren(String value) {
        if (!SIREN.matcher(value).matches()) {
            return Optional.of("identifier.siren.format");
        }
        return luhn(value) ? Optional.empty() : Optional.of("identifier.siren.checksum");
    }

    public static Optional<String> checkCfd(String value) {
        return CFD.matcher(value).matches() ? Optional.empty() : Optional.of("identifier.cfd.format");
    }

    public static Optional<String> checkRncp(String value) {
        return RNCP.matcher(value).matches() ? Optional.empty() : Optional.of("identifier.rncp.format");
    }

    /** Accepts "RNCP12345", "rncp 12345" and the bare "12345" the national upload file allows. */
    public static String normalizeRncp(String raw) {
        String value = normalize(raw);
        return value.matches("^[0-9]{2,5}$") ? "RNCP" + value : value;
    }

    public static Optional<String> checkIne(String value) {
        return INE_RNIE.matcher(value).matches()
                        || INE_BEA.matcher(value).matches()
                        || INE_APPRENTICE.matcher(value).matches()
                ? Optional.empty()
                : Optional.of("identifier.ine.format");
    }

    public static Optional<String> checkNaf(String value) {
        return NAF.matcher(value).matches() ? Optional.empty() : Optional.of("identifier.naf.format");
    }

    public static Optional<String> checkIdcc(String value) {
        return IDCC.matcher(value).matches() ? Optional.empty() : Optional.of("identifier.idcc.format");
    }

    public static Optional<String> checkPostCode(String value) {
        return POST_CODE.matcher(value).matches() ? Optional.empty() : Optional.of("identifier.postcode.format");
    }

    /** Diploma level (3 = CAP … 8 = doctorat) read from the first digit of a CFD, when that digit encodes one. */
    public static Optional<Integer> levelFromCfd(String cfd) {
        if (cfd == null || cfd.isEmpty()) {
            return Optional.empty();
        }
        return switch (cfd.charAt(0)) {
            case '5' -> Optional.of(3);
            case '4' -> Optional.of(4);
            case '3' -> Optional.of(5);
            case '2' -> Optional.of(6);
            case '1' -> Optional.of(7);
            case '8' -> Optional.of(8);
            default -> Optional.empty();
        };
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
