package org.trio.exchange.internal;

import static org.trio.exchange.internal.SifaColumn.*;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.trio.referential.DiplomaType;
import org.trio.shared.IdentifierKind;

/**
 * The controls of the SIFA application (instructions of the survey of 31 December 2024, "Liste des contrôles effectués
 * dans l'application SIFA" and "Précisions sur les contrôles", pages 28 to 34) that Trio's data allows, run on a line
 * before the file is sent: each problem names the control, the variable, the value and what to correct, in French.
 *
 * <p>Blocking problems are the ones the SIFA application refuses: a required variable missing, a value longer than its
 * variable, a code outside its list, a malformed identifier or date. The consistency controls (durations and year,
 * age, previous situation and establishment, diploma) are reported as to be checked: the SIFA application lets an
 * establishment confirm them. Controls against the national registers (open UAI, diploma codes open on the day, RNCP
 * correspondences) and against last year's national file (IA, EA) need data Trio does not have.
 */
final class SifaControls {

    /** One problem of one line. */
    record Problem(String control, SifaColumn column, String value, String message, boolean blocking) {

        /** Where in Trio the value is corrected. */
        public String where() {
            return switch (column) {
                case NUMERO_UAI, TYPE_CFA, SIT_FORM, UAI_EPLE, NAT_STR_JUR -> "fiche du CFA ou du site de formation";
                case DIPLOME, RNCP, DUR_FORM_THEO -> "fiche de la formation";
                case AN_FORM, DUR_FORM_REELLE, REGIME_SCO, SIT_AV_APP, DIP_OBT, SIT_N_1, ETAB_N_1, DATE_ENTREE_CFA ->
                    "inscription de l'apprenti";
                case TEL_RESP1_PERSO, TEL_RESP1_PRO, TEL_RESP2_PERSO, TEL_RESP2_PRO, MAIL_RESP1, MAIL_RESP2, PCS ->
                    "représentants légaux de l'apprenti";
                case HANDI -> "santé et handicap de l'apprenti";
                case TYPE_EMP, COM_ETAB, NAF_ETAB, NBSAL_EMP, SIRET_EMP -> "fiche de l'employeur";
                case DATE_DEB_CONT, DATE_RUPT_CONT -> "contrat de l'apprenti";
                default -> "identité de l'apprenti";
            };
        }
    }

    /** SIT_N_1 of people who were at no school last year: ETAB_N_1 must be 995 (non concerné). */
    static final Set<String> NO_SCHOOL_LAST_YEAR = Set.of("5903", "5905", "5907", "9900");

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private final List<String> v;
    private final LocalDate surveyDay;
    private final @Nullable DiplomaType diplomaType;
    private final List<Problem> problems = new ArrayList<>();

    private SifaControls(List<String> values, LocalDate surveyDay, @Nullable DiplomaType diplomaType) {
        this.v = values;
        this.surveyDay = surveyDay;
        this.diplomaType = diplomaType;
    }

    /**
     * Controls one line.
     *
     * @param values the 47 values of the line
     * @param surveyDay the survey's day (31 December)
     * @param diplomaType the type of the diploma prepared (control IN57), if known
     */
    static List<Problem> check(List<String> values, LocalDate surveyDay, @Nullable DiplomaType diplomaType) {
        SifaControls controls = new SifaControls(values, surveyDay, diplomaType);
        controls.structure();
        controls.consistency();
        return List.copyOf(controls.problems);
    }

    private String value(SifaColumn column) {
        return v.get(column.ordinal());
    }

    private boolean has(SifaColumn column) {
        return !value(column).isEmpty();
    }

    private void blocking(String control, SifaColumn column, String message) {
        problems.add(new Problem(control, column, value(column), message, true));
    }

    private void toCheck(String control, SifaColumn column, String message) {
        problems.add(new Problem(control, column, value(column), message, false));
    }

    // -------------------------------------------------------------------------------------------------- structure

    private void structure() {
        for (SifaColumn column : SifaColumn.values()) {
            if (column.required() && !has(column)) {
                blocking(control(column), column, "variable obligatoire non renseignée : " + missing(column));
            } else if (value(column).length() > column.length()) {
                blocking(
                        control(column),
                        column,
                        "trop long (" + value(column).length() + " caractères, " + column.length() + " au plus)");
            }
        }
        if (has(INE_RNIE) && !IdentifierKind.INE.isValid(value(INE_RNIE))) {
            blocking("IN01", INE_RNIE, "structure d'INE incorrecte (INE RNIE, BEA ou apprentissage de 11 caractères)");
        }
        uai("IN02", NUMERO_UAI, false);
        code("IN03", TYPE_CFA, SifaCodes.TYPE_CFA, "un type de CFA de 01 à 10");
        uai("IN04", SIT_FORM, true);
        if (has(UAI_EPLE) && !value(UAI_EPLE).equals("NC")) {
            uai("IN05", UAI_EPLE, false);
        }
        code("IN06", NAT_STR_JUR, SifaCodes.NAT_STR_JUR, "CFA, SA, UFA, L. 6231-3 ou NC");
        code("IN07", STATUT, SifaCodes.STATUT, "APP");
        if (has(DIPLOME) && !value(DIPLOME).matches("^[0-9A-Z]{8}$")) {
            blocking("IN08", DIPLOME, "un code diplôme de 8 caractères est attendu");
        }
        number("IN09", DUR_FORM_THEO, 6, 78, "de 6 à 78 mois");
        number("IN10", DUR_FORM_REELLE, 6, 102, "de 6 à 102 mois");
        code("IN11", AN_FORM, SifaCodes.AN_FORM, "1A à 6A ou 1P à 6P");
        name("IN12", NOM);
        name("IN13", NOM2);
        name("IN14", PRENOM1);
        name("IN15", PRENOM2);
        name("IN16", PRENOM3);
        pattern("IN18", COD_POST, "^[0-9]{5}$", "un code postal de 5 chiffres");
        pattern(
                "IN19",
                COM_RESID,
                "^[0-9][0-9AB][0-9]{3}$",
                "un code commune INSEE de 5 caractères (99 et le pays" + " à l'étranger)");
        pattern("IN20", TEL_JEUNE, "^[0-9]{1,20}$", "des chiffres seulement");
        pattern("IN21", TEL_RESP1_PERSO, "^[0-9]{1,20}$", "des chiffres seulement");
        pattern("IN22", TEL_RESP1_PRO, "^[0-9]{1,20}$", "des chiffres seulement");
        pattern("IN23", TEL_RESP2_PERSO, "^[0-9]{1,20}$", "des chiffres seulement");
        pattern("IN24", TEL_RESP2_PRO, "^[0-9]{1,20}$", "des chiffres seulement");
        mail("IN25", MAIL_JEUNE);
        mail("IN26", MAIL_RESP1);
        mail("IN27", MAIL_RESP2);
        date("IN28", DATE_NAIS);
        pattern(
                "IN29",
                LIEU_NAIS,
                "^[0-9][0-9AB][0-9]{3}$",
                "un code commune INSEE de 5 caractères (99 et le pays"
                        + " pour une naissance à l'étranger), pas le code postal");
        code("IN30", SEXE, SifaCodes.SEXE, "1 (masculin) ou 2 (féminin)");
        code("IN31", REGIME_SCO, SifaCodes.REGIME_SCO, "I, D, E ou IE");
        code("IN32", PCS, SifaCodes.PCS, "un code PCS de la liste des instructions");
        code("IN33", HANDI, SifaCodes.HANDI, "0 ou 1");
        code("IN34", NATIO, SifaCodes.NATIO, "1, 2, 3 ou 9");
        code("IN35", SIT_AV_APP, SifaCodes.SIT_AV_APP, "un code de situation avant l'apprentissage (11 à 99)");
        code("IN36", DIP_OBT, SifaCodes.DIP_OBT, "un code de dernier diplôme obtenu (01 à 15 ou 99)");
        code("IN37", SIT_N_1, SifaCodes.SIT_N_1, "un code de situation de l'an dernier de la liste des instructions");
        if (has(ETAB_N_1)
                && !SifaCodes.PREVIOUS_DEPARTMENTS.contains(value(ETAB_N_1))
                && !IdentifierKind.UAI.isValid(value(ETAB_N_1))) {
            blocking(
                    "IN38",
                    ETAB_N_1,
                    "un UAI (7 chiffres et la lettre clé) ou un département sur 3 caractères"
                            + " (990, 991, 993 ou 995 sinon)");
        }
        code("IN39", TYPE_EMP, SifaCodes.TYPE_EMP, "un type d'employeur de 11 à 30");
        LocalDate entry = date("IN40", DATE_ENTREE_CFA);
        if (entry != null && entry.isAfter(surveyDay)) {
            blocking("IN40", DATE_ENTREE_CFA, "entrée dans le CFA après le jour de l'enquête");
        }
        LocalDate start = date("IN41", DATE_DEB_CONT);
        LocalDate rupture = date("IN42", DATE_RUPT_CONT);
        if (start != null && rupture != null && rupture.isBefore(start)) {
            blocking("IN42", DATE_RUPT_CONT, "rupture avant le début du contrat (" + value(DATE_DEB_CONT) + ")");
        }
        pattern("IN43", COM_ETAB, "^[0-9][0-9AB][0-9]{3}$", "un code commune INSEE de 5 caractères");
        pattern("IN44", NAF_ETAB, "^[0-9]{4}[A-Z]$", "un code NAF rév. 2 de 4 chiffres et une lettre (4322A)");
        pattern("IN45", NBSAL_EMP, "^[0-9]{1,8}$", "un nombre entier de salariés");
        if (has(SIRET_EMP) && !value(SIRET_EMP).matches("^[0-9]{14}$")) {
            blocking("IN58", SIRET_EMP, "un SIRET de 14 chiffres est attendu");
        } else if (has(SIRET_EMP) && !IdentifierKind.SIRET.isValid(value(SIRET_EMP))) {
            blocking("IN59", SIRET_EMP, "SIRET invalide (clé de contrôle fausse)");
        }
    }

    // ------------------------------------------------------------------------------------------------ consistency

    private void consistency() {
        boolean ufaOrConvention = has(UAI_EPLE) && !value(UAI_EPLE).equals("NC");
        boolean natureNotConcerned = value(NAT_STR_JUR).equals("NC");
        if (has(UAI_EPLE) && has(NAT_STR_JUR) && ufaOrConvention == natureNotConcerned) {
            toCheck(
                    "IN46",
                    NAT_STR_JUR,
                    "avec un UAI d'EPLE la nature est CFA, SA, UFA ou L. 6231-3 ; sans EPLE (NC)," + " elle est NC");
        }
        Integer theoretical = integer(DUR_FORM_THEO);
        Integer real = integer(DUR_FORM_REELLE);
        if (theoretical != null && has(AN_FORM) && SifaCodes.AN_FORM.contains(value(AN_FORM))) {
            int maxYear = theoretical <= 17
                    ? 1
                    : theoretical <= 29 ? 2 : theoretical <= 42 ? 3 : theoretical <= 54 ? 4 : theoretical <= 66 ? 5 : 6;
            int year = value(AN_FORM).charAt(0) - '0';
            boolean prolonged = value(AN_FORM).endsWith("P");
            if (year > maxYear || (prolonged && year != maxYear)) {
                toCheck(
                        "IN47",
                        AN_FORM,
                        "une formation de " + theoretical + " mois va de 1A à " + maxYear + "A (ou " + maxYear
                                + "P) : vérifiez l'année de formation ou la durée théorique");
            }
        }
        if (theoretical != null && real != null && (real < theoretical - 24 || real > theoretical + 24)) {
            toCheck(
                    "IN55",
                    DUR_FORM_REELLE,
                    "durée réelle de " + real + " mois trop éloignée de la durée théorique (" + theoretical
                            + " mois, 24 mois d'écart au plus) : vérifiez les dates de formation");
        }
        if (theoretical != null && diplomaType != null) {
            int[] range = switch (diplomaType) {
                case CAP, BTS, BP, MASTER -> new int[] {18, 29};
                case BAC_PRO, BUT, LICENCE, ENGINEER -> new int[] {30, 42};
                case CS, LICENCE_PRO, MC -> new int[] {6, 17};
                default -> null;
            };
            if (range != null && (theoretical < range[0] || theoretical > range[1])) {
                toCheck(
                        "IN57",
                        DUR_FORM_THEO,
                        "un " + diplomaType.label() + " dure de " + range[0] + " à " + range[1] + " mois en théorie");
            }
        }
        LocalDate birth = parse(value(DATE_NAIS));
        Integer age = birth == null ? null : Period.between(birth, surveyDay).getYears();
        if (age != null && (age < 14 || age > 65)) {
            toCheck(
                    "IN49",
                    DATE_NAIS,
                    "un apprenti a de 14 à 65 ans (" + age + " ans au "
                            + surveyDay.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")) + ")");
        } else if (age != null && age >= 50) {
            toCheck("EN03", DATE_NAIS, "apprenti de " + age + " ans : à vérifier");
        }
        String sitN1 = value(SIT_N_1);
        boolean knownSituation = SifaCodes.SIT_N_1.contains(sitN1);
        int situation = knownSituation ? Integer.parseInt(sitN1) : -1;
        if (age != null && knownSituation) {
            boolean allowed = age <= 15
                    ? situation < 4001 || situation >= 9900
                    : age <= 17
                            ? situation < 4001 || situation >= 5901
                            : age != 18
                                    || !Set.of(4013, 4019, 4021, 4113, 4119, 4121)
                                            .contains(situation);
            if (!allowed) {
                toCheck("IN50", SIT_N_1, "situation de l'an dernier peu compatible avec l'âge (" + age + " ans)");
            }
        }
        String before = value(SIT_AV_APP);
        if (age != null && SifaCodes.SIT_AV_APP.contains(before)) {
            boolean allowed = age <= 15
                    ? Set.of("11", "12", "21", "31", "90", "99").contains(before)
                    : age > 17 || !before.equals("41");
            if (!allowed) {
                toCheck(
                        "IN52",
                        SIT_AV_APP,
                        "situation avant l'apprentissage peu compatible avec l'âge (" + age + " ans)");
            }
        }
        String diploma = value(DIP_OBT);
        if (knownSituation && SifaCodes.DIP_OBT.contains(diploma)) {
            Set<String> allowed = situation == 1009
                    ? Set.of("01", "02", "03", "04", "05", "99")
                    : situation < 2000
                            ? Set.of("01", "02", "03", "99")
                            : situation < 3000
                                    ? Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99")
                                    : SifaCodes.DIP_OBT;
            if (!allowed.contains(diploma)) {
                toCheck(
                        "IN53",
                        DIP_OBT,
                        "dernier diplôme obtenu peu compatible avec la situation de l'an dernier (" + sitN1 + ")");
            }
        }
        if (knownSituation && SifaCodes.SIT_AV_APP.contains(before)) {
            Set<String> allowed = situation < 2000
                    ? Set.of("11", "12", "90", "99")
                    : situation < 3000
                            ? Set.of("11", "12", "21", "31", "51", "52", "53", "54", "90", "99")
                            : SifaCodes.SIT_AV_APP;
            if (!allowed.contains(before)) {
                toCheck(
                        "IN54",
                        SIT_AV_APP,
                        "situation avant l'apprentissage peu compatible avec la situation de l'an" + " dernier ("
                                + sitN1 + ")");
            }
        }
        if (knownSituation && has(ETAB_N_1)) {
            boolean notConcerned = value(ETAB_N_1).equals(SifaCodes.NOT_CONCERNED);
            if (NO_SCHOOL_LAST_YEAR.contains(sitN1) && !notConcerned) {
                toCheck(
                        "IN56",
                        ETAB_N_1,
                        "sans scolarité l'an dernier (" + sitN1 + "), l'établissement fréquenté est"
                                + " 995 (non concerné)");
            } else if ("1234".indexOf(sitN1.charAt(0)) >= 0 && notConcerned) {
                toCheck(
                        "IN56",
                        ETAB_N_1,
                        "scolarisé ou en apprentissage l'an dernier (" + sitN1 + ") : indiquez"
                                + " l'UAI ou le département de l'établissement fréquenté, pas 995");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private void uai(String control, SifaColumn column, boolean departmentAllowed) {
        if (!has(column)) {
            return;
        }
        String value = value(column);
        if (departmentAllowed && SifaCodes.SITE_DEPARTMENTS.contains(value)) {
            return;
        }
        if (!value.matches("^[0-9]{7}[A-Z]$")) {
            blocking(
                    control,
                    column,
                    "un UAI de 7 chiffres et une lettre est attendu"
                            + (departmentAllowed ? " (ou le département sur 3 caractères)" : ""));
        } else if (!IdentifierKind.UAI.isValid(value)) {
            blocking(control, column, "la lettre clé de l'UAI est fausse");
        }
    }

    private void code(String control, SifaColumn column, Set<String> codes, String expected) {
        if (has(column) && !codes.contains(value(column))) {
            blocking(control, column, "code incorrect, attendu : " + expected);
        }
    }

    private void pattern(String control, SifaColumn column, String regex, String expected) {
        if (has(column) && !value(column).matches(regex)) {
            blocking(control, column, "format incorrect, attendu : " + expected);
        }
    }

    private void number(String control, SifaColumn column, int min, int max, String expected) {
        if (!has(column)) {
            return;
        }
        Integer number = integer(column);
        if (number == null || number < min || number > max) {
            blocking(control, column, "durée incorrecte, attendu : " + expected);
        }
    }

    private void name(String control, SifaColumn column) {
        if (has(column) && !value(column).matches("^[A-Z]+([ -][A-Z]+)*$")) {
            blocking(control, column, "lettres majuscules sans accent, espaces et traits d'union seulement");
        }
    }

    private void mail(String control, SifaColumn column) {
        String value = value(column);
        if (!value.isEmpty() && (!value.contains("@") || !value.contains(".") || value.matches(".*[<>].*"))) {
            blocking(control, column, "une adresse avec « @ » et « . », sans < ni >");
        }
    }

    private @Nullable LocalDate date(String control, SifaColumn column) {
        if (!has(column)) {
            return null;
        }
        LocalDate date = parse(value(column));
        if (date == null) {
            blocking(control, column, "une date JJMMAAAA est attendue");
        }
        return date;
    }

    private static @Nullable LocalDate parse(String text) {
        if (!text.matches("^[0-9]{8}$")) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private @Nullable Integer integer(SifaColumn column) {
        String value = value(column);
        return value.matches("^[0-9]{1,3}$") ? Integer.valueOf(value) : null;
    }

    /** The control of the instructions about a variable's presence or structure. */
    private static String control(SifaColumn column) {
        return switch (column) {
            case NUMERO_UAI -> "IN02";
            case TYPE_CFA -> "IN03";
            case SIT_FORM -> "IN04";
            case UAI_EPLE -> "IN05";
            case NAT_STR_JUR -> "IN06";
            case STATUT -> "IN07";
            case DIPLOME -> "IN08";
            case DUR_FORM_THEO -> "IN09";
            case DUR_FORM_REELLE -> "IN10";
            case AN_FORM -> "IN11";
            case NOM -> "IN12";
            case PRENOM1 -> "IN14";
            case ADRESSE -> "IN17";
            case DATE_NAIS -> "IN28";
            case LIEU_NAIS -> "IN29";
            case SEXE -> "IN30";
            case SIT_N_1 -> "IN37";
            case ETAB_N_1 -> "IN38";
            case INE_RNIE -> "IN01";
            case RNCP -> "IN60";
            case NOM2 -> "IN13";
            case PRENOM2 -> "IN15";
            case PRENOM3 -> "IN16";
            case COD_POST -> "IN18";
            case COM_RESID -> "IN19";
            case TEL_JEUNE -> "IN20";
            case TEL_RESP1_PERSO -> "IN21";
            case TEL_RESP1_PRO -> "IN22";
            case TEL_RESP2_PERSO -> "IN23";
            case TEL_RESP2_PRO -> "IN24";
            case MAIL_JEUNE -> "IN25";
            case MAIL_RESP1 -> "IN26";
            case MAIL_RESP2 -> "IN27";
            case REGIME_SCO -> "IN31";
            case PCS -> "IN32";
            case HANDI -> "IN33";
            case NATIO -> "IN34";
            case SIT_AV_APP -> "IN35";
            case DIP_OBT -> "IN36";
            case TYPE_EMP -> "IN39";
            case DATE_ENTREE_CFA -> "IN40";
            case DATE_DEB_CONT -> "IN41";
            case DATE_RUPT_CONT -> "IN42";
            case COM_ETAB -> "IN43";
            case NAF_ETAB -> "IN44";
            case NBSAL_EMP -> "IN45";
            case SIRET_EMP -> "IN58";
        };
    }

    /** What to fill in Trio for a required variable. */
    private static String missing(SifaColumn column) {
        return switch (column) {
            case NUMERO_UAI -> "l'UAI du CFA";
            case TYPE_CFA -> "le type du CFA (01 à 10)";
            case SIT_FORM -> "l'UAI du site de formation";
            case DIPLOME -> "le code diplôme (CFD) de la formation";
            case DUR_FORM_THEO -> "la durée théorique de la formation";
            case DUR_FORM_REELLE -> "les dates de début et de fin de formation";
            case AN_FORM -> "l'année de formation";
            case NOM -> "le nom de naissance";
            case PRENOM1 -> "le prénom";
            case ADRESSE -> "l'adresse (sans code postal ni commune)";
            case DATE_NAIS -> "la date de naissance";
            case LIEU_NAIS -> "le code commune INSEE du lieu de naissance";
            case SEXE -> "le sexe";
            case SIT_N_1 -> "la situation de l'an dernier (code SIFA à 4 chiffres)";
            case ETAB_N_1 -> "l'UAI (ou le département) de l'établissement fréquenté l'an dernier";
            default -> column.name();
        };
    }
}
