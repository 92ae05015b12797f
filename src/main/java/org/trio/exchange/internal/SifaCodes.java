package org.trio.exchange.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The code lists of the SIFA instructions (survey of 31 December 2024, "Les nomenclatures et formats utilisés"), for
 * the file and its controls, and the few derivations Trio makes from its own data.
 */
final class SifaCodes {

    static final Set<String> TYPE_CFA = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");
    static final Set<String> NAT_STR_JUR = Set.of("CFA", "SA", "UFA", "L. 6231-3", "NC");
    static final Set<String> STATUT = Set.of("APP");
    static final Set<String> AN_FORM = Set.of("1A", "1P", "2A", "2P", "3A", "3P", "4A", "4P", "5A", "5P", "6A", "6P");
    static final Set<String> SEXE = Set.of("1", "2");
    static final Set<String> REGIME_SCO = Set.of("I", "D", "E", "IE");
    static final Set<String> PCS = Set.of(
            "10", "21", "22", "23", "31", "33", "34", "35", "37", "38", "42", "43", "44", "45", "46", "47", "48", "52",
            "53", "54", "55", "56", "61", "66", "69", "71", "72", "73", "76", "81", "82", "99");
    static final Set<String> HANDI = Set.of("0", "1");
    static final Set<String> NATIO = Set.of("1", "2", "3", "9");
    static final Set<String> SIT_AV_APP = Set.of("11", "12", "21", "31", "41", "51", "52", "53", "54", "90", "99");
    static final Set<String> DIP_OBT =
            Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "99");
    static final Set<String> SIT_N_1 = Set.of(
            "1003", "1005", "1009", "1017", "1019", "1021", "1023", "2001", "2003", "2005", "2007", "3001", "3101",
            "3003", "3103", "3009", "3109", "3011", "3111", "3031", "3131", "3032", "3132", "3033", "3133", "3117",
            "3119", "3021", "3121", "3023", "3123", "4001", "4101", "4003", "4103", "4005", "4105", "4007", "4107",
            "4009", "4011", "4111", "4013", "4113", "4015", "4115", "4017", "4117", "4019", "4119", "4021", "4121",
            "4023", "4123", "4025", "4125", "4027", "4127", "5901", "5903", "5905", "5907", "5909", "9900", "9999");
    static final Set<String> TYPE_EMP =
            Set.of("11", "12", "13", "14", "15", "16", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30");

    /** Departments on three characters a training site may be given by (SIT_FORM, page 13). */
    static final Set<String> SITE_DEPARTMENTS = departments(false);

    /** Departments and the special codes of the establishment attended last year (ETAB_N_1, pages 24–25). */
    static final Set<String> PREVIOUS_DEPARTMENTS = departments(true);

    /** ETAB_N_1 "non concerné": last year's situation was no school (SIT_N_1 5903, 5905, 5907, 9900). */
    static final String NOT_CONCERNED = "995";

    private SifaCodes() {}

    private static Set<String> departments(boolean previousYear) {
        Set<String> codes = new LinkedHashSet<>();
        for (int n = 1; n <= 95; n++) {
            if (n != 20) {
                codes.add(String.format("%03d", n));
            }
        }
        codes.add("02A");
        codes.add("02B");
        codes.addAll(Set.of("971", "972", "973", "974", "976", "977", "978"));
        if (previousYear) {
            codes.addAll(Set.of("975", "986", "987", "988", "990", "991", "993", "995"));
        }
        return Set.copyOf(codes);
    }

    /** SIT_N_1 codes of the previous year's situations that were apprenticeships (column "APPRENTI"). */
    static boolean wasApprentice(String sitN1) {
        return sitN1.length() == 4 && sitN1.charAt(1) == '1' && (sitN1.startsWith("3") || sitN1.startsWith("4"));
    }

    /**
     * SIT_AV_APP, the situation before the first entry into apprenticeship, from what Trio knows: last year's
     * situation when it was school or another situation (the apprentice entered apprenticeship this year), else the
     * CERFA's "situation avant ce contrat" when it tells one; null when neither does.
     */
    static @Nullable String situationBeforeApprenticeship(@Nullable String sitN1, @Nullable String cerfaSituation) {
        if (sitN1 != null && SIT_N_1.contains(sitN1) && !wasApprentice(sitN1)) {
            String fromSchool = switch (sitN1.charAt(0)) {
                case '1' -> sitN1.equals("1009") ? "12" : "11";
                case '2' -> "21";
                case '3' -> "31";
                case '4' -> "41";
                default -> null;
            };
            if (fromSchool != null) {
                return fromSchool;
            }
            switch (sitN1) {
                case "5901" -> {
                    return "51";
                }
                case "5903" -> {
                    return "53";
                }
                case "5905" -> {
                    return "52";
                }
                case "5907" -> {
                    return "54";
                }
                case "5909", "9900" -> {
                    return "90";
                }
                default -> {}
            }
        }
        if (cerfaSituation == null) {
            return null;
        }
        return switch (cerfaSituation.strip()) {
            case "2", "12" -> "90";
            case "3" -> "41";
            case "5" -> "51";
            case "6", "10" -> "53";
            case "7", "9" -> "52";
            case "11" -> "54";
            default -> null;
        };
    }

    /**
     * SIT_N_1 of an apprentice who was already in apprenticeship last year, from the programme and the year followed
     * then (column "APPRENTI" of the list, pages 22–24).
     *
     * @param finalYear whether last year was the programme's last one
     */
    static @Nullable String apprenticeSituation(
            org.trio.referential.DiplomaType type, int level, int programmeYear, boolean finalYear) {
        return switch (type) {
            case CAP -> finalYear ? "3103" : "3101";
            case BAC_PRO -> programmeYear == 1 ? "3131" : programmeYear == 2 ? "3132" : "3133";
            case BP -> finalYear ? "3119" : "3117";
            case MC -> level <= 3 ? "3109" : "3121";
            case BTS -> finalYear ? "4103" : "4101";
            case DUT -> finalYear ? "4107" : "4105";
            case BUT -> programmeYear == 1 ? "4123" : finalYear ? "4127" : "4125";
            case LICENCE, LICENCE_PRO -> "4111";
            case MASTER -> "4113";
            case ENGINEER -> "4115";
            default ->
                switch (level) {
                    case 3 -> "3111";
                    case 4 -> "3123";
                    case 5 -> "4117";
                    case 6 -> "4119";
                    case 7, 8 -> "4121";
                    default -> null;
                };
        };
    }
}
