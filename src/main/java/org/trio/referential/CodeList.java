package org.trio.referential;

import java.util.List;
import java.util.Optional;

/**
 * A national code list used by the referential's records, with the message key of each code's French label
 * ({@code code.<name>.<code>} in {@code i18n/referential.properties}).
 *
 * <p>Sources: the SIFA survey instructions of 31/12/2024 (type de CFA), the CERFA FA13 n° 10103*12 apprenticeship
 * contract and its notice (type d'employeur, employeur spécifique, diplôme ou titre le plus élevé obtenu), the national
 * dashboard upload format of 29/01/2025 (nationalité).
 *
 * @param name the list's name in message keys
 * @param codes the codes in display order
 */
public record CodeList(String name, List<String> codes) {

    /** SIFA TYPE_CFA: 01 public (éducation nationale) … 10 other private. */
    public static final CodeList CFA_TYPE =
            new CodeList("cfa-type", List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10"));

    /** CERFA "type d'employeur": 11–16 private sector, 21–30 public sector. */
    public static final CodeList EMPLOYER_TYPE = new CodeList(
            "employer-type",
            List.of("11", "12", "13", "14", "15", "16", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"));

    /** CERFA "employeur spécifique": 0 none, 1 temporary work, 2 employers' group, 3 seasonal, 4 family. */
    public static final CodeList SPECIFIC_EMPLOYER =
            new CodeList("specific-employer", List.of("0", "1", "2", "3", "4"));

    /**
     * CERFA "diplôme ou titre le plus élevé obtenu" of the current form, from the doctorate down to no diploma (older
     * versions of the form used other codes: records keep any two-digit code they were given).
     */
    public static final CodeList CERFA_DIPLOMA = new CodeList(
            "cerfa-diploma",
            List.of(
                    "80", "71", "72", "73", "74", "75", "61", "62", "63", "64", "69", "54", "55", "58", "41", "42",
                    "43", "44", "49", "33", "34", "35", "38", "25", "26", "13"));

    /** Nationality of the national formats: 1 French, 2 European Union, 3 outside the European Union. */
    public static final CodeList NATIONALITY = new CodeList("nationality", List.of("1", "2", "3"));

    public CodeList {
        codes = List.copyOf(codes);
    }

    public boolean contains(String code) {
        return code != null && codes.contains(code);
    }

    /** The message key of the code's French label. */
    public String labelKey(String code) {
        return "code." + name + "." + code;
    }

    /**
     * The level (3 = CAP … 8 = doctorate) of a CERFA diploma code: its first digit for codes 3x to 8x; none for the
     * diplomas below CAP (brevet, certificat de formation générale, no diploma).
     */
    public static Optional<Integer> levelOfCerfaDiploma(String code) {
        if (!CERFA_DIPLOMA.contains(code)) {
            return Optional.empty();
        }
        int level = code.charAt(0) - '0';
        return level >= 3 ? Optional.of(level) : Optional.empty();
    }
}
