package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trio.exchange.internal.TdbColumn.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trio.shared.Identifiers;

/**
 * Every kind of check of the template's description sheet (« Description des données »), one cell at a time on an
 * otherwise valid row numbered 7: required fields, date formats, booleans, identifiers, code lists and the consistency
 * of contracts and dates. Each refused cell gives a French message naming the row, the column (letter and field name),
 * the value and what was expected.
 */
class TdbCellCheckTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int ROW = 7;
    private static final String UAI = "0911234" + Identifiers.uaiCheckLetter("0911234");
    private static final String DATE =
            "format incorrect, attendu : une date valide au format AAAA-MM-JJ, JJ/MM/AAAA ou" + " une date Excel";
    private static final String BOOLEAN = "format incorrect, attendu : VRAI ou FAUX, OUI ou NON, 1 ou 0";

    private static Map<TdbColumn, String> validRow() {
        return TdbFiles.row(UAI, "44182736459102", "Lefèvre", "Inès", "2007-03-12");
    }

    private static TdbRowParser.Parsed parse(Map<TdbColumn, String> row) {
        return TdbRowParser.parse(ROW, column -> row.getOrDefault(column, ""), TODAY);
    }

    private static Map<TdbColumn, String> changes(Object... pairs) {
        Map<TdbColumn, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            changes.put((TdbColumn) pairs[i], (String) pairs[i + 1]);
        }
        return changes;
    }

    /** A row without contract 1, then the given changes. */
    private static Map<TdbColumn, String> withoutContract1(Object... pairs) {
        Map<TdbColumn, String> changes = changes(CONTRACT_1_START, "", CONTRACT_1_END, "", CONTRACT_1_SIRET, "");
        changes.putAll(changes(pairs));
        return changes;
    }

    static Stream<Arguments> refusedCells() {
        return Stream.of(
                // required fields (*)
                Arguments.of(
                        changes(LAST_NAME, ""),
                        LAST_NAME,
                        "Erreur ligne 7, colonne A (nom_apprenant) : champ obligatoire non renseigné"),
                Arguments.of(
                        changes(RESPONSIBLE_UAI, ""),
                        RESPONSIBLE_UAI,
                        "Erreur ligne 7, colonne R (etablissement_responsable_uai) : champ obligatoire non renseigné"),
                Arguments.of(
                        changes(TRAINING_START, "  "),
                        TRAINING_START,
                        "Erreur ligne 7, colonne AE (date_entree_formation) : champ obligatoire non renseigné"),
                Arguments.of(
                        changes(DURATION_MONTHS, ""),
                        DURATION_MONTHS,
                        "Erreur ligne 7, colonne AG (duree_theorique_formation_mois) : champ obligatoire non"
                                + " renseigné"),
                // required when there is a contract (**)
                Arguments.of(
                        changes(CONTRACT_1_SIRET, ""),
                        CONTRACT_1_SIRET,
                        "Erreur ligne 7, colonne AS (siret_employeur) : SIRET de l'employeur obligatoire quand le"
                                + " contrat 1 a une date de début"),
                Arguments.of(
                        changes(CONTRACT_1_END, ""),
                        CONTRACT_1_END,
                        "Erreur ligne 7, colonne AR (contrat_date_fin) : date de fin obligatoire quand le contrat 1"
                                + " a une date de début"),
                // dates: AAAA-MM-JJ or JJ/MM/AAAA
                Arguments.of(
                        changes(BIRTH_DATE, "2007-02-30"),
                        BIRTH_DATE,
                        "Erreur ligne 7, colonne C (date_de_naissance_apprenant), valeur « 2007-02-30 » : " + DATE),
                Arguments.of(
                        changes(BIRTH_DATE, "30/02/2007"),
                        BIRTH_DATE,
                        "Erreur ligne 7, colonne C (date_de_naissance_apprenant), valeur « 30/02/2007 » : " + DATE),
                Arguments.of(
                        changes(REGISTRATION_DATE, "2025/09/01"),
                        REGISTRATION_DATE,
                        "Erreur ligne 7, colonne AD (date_inscription_formation), valeur « 2025/09/01 » : " + DATE),
                Arguments.of(
                        changes(CONTRACT_1_RUPTURE, "15-01-2026"),
                        CONTRACT_1_RUPTURE,
                        "Erreur ligne 7, colonne AT (contrat_date_rupture), valeur « 15-01-2026 » : " + DATE),
                Arguments.of(
                        changes(CONTRACT_1_END, "1er septembre"),
                        CONTRACT_1_END,
                        "Erreur ligne 7, colonne AR (contrat_date_fin), valeur « 1er septembre » : " + DATE),
                // booleans: VRAI/FAUX, OUI/NON
                Arguments.of(
                        changes(RQTH, "peut-être"),
                        RQTH,
                        "Erreur ligne 7, colonne K (rqth_apprenant), valeur « peut-être » : " + BOOLEAN),
                Arguments.of(
                        changes(ON_SITE, "2"),
                        ON_SITE,
                        "Erreur ligne 7, colonne AM (formation_presentielle), valeur « 2 » : " + BOOLEAN),
                Arguments.of(
                        changes(DIPLOMA_OBTAINED, "OUIS"),
                        DIPLOMA_OBTAINED,
                        "Erreur ligne 7, colonne AI (obtention_diplome_formation), valeur « OUIS » : " + BOOLEAN),
                // identifiers
                Arguments.of(
                        changes(RESPONSIBLE_UAI, "091123X"),
                        RESPONSIBLE_UAI,
                        "Erreur ligne 7, colonne R (etablissement_responsable_uai), valeur « 091123X » : format"
                                + " incorrect, attendu : un UAI de 7 chiffres et une lettre (1234567A)"),
                Arguments.of(
                        changes(TRAINER_SIRET, "4418273645910"),
                        TRAINER_SIRET,
                        "Erreur ligne 7, colonne U (etablissement_formateur_siret), valeur « 4418273645910 » : format"
                                + " incorrect, attendu : un SIRET de 14 chiffres"),
                Arguments.of(
                        changes(CONTRACT_1_SIRET, "4418273645910A"),
                        CONTRACT_1_SIRET,
                        "Erreur ligne 7, colonne AS (siret_employeur), valeur « 4418273645910A » : format incorrect,"
                                + " attendu : un SIRET de 14 chiffres"),
                Arguments.of(
                        changes(INE, "12345"),
                        INE,
                        "Erreur ligne 7, colonne I (ine_apprenant), valeur « 12345 » : format incorrect, attendu : un"
                                + " INE de 11 caractères (9 chiffres et 2 lettres, 10 chiffres et 1 lettre, ou l'INE"
                                + " apprentissage)"),
                Arguments.of(
                        changes(RNCP, "RNCPABC"),
                        RNCP,
                        "Erreur ligne 7, colonne AB (formation_rncp), valeur « RNCPABC » : format incorrect, attendu :"
                                + " RNCP suivi de 2 à 5 chiffres (RNCP12345) ou les chiffres seuls"),
                Arguments.of(
                        changes(CFD, "5002214"),
                        CFD,
                        "Erreur ligne 7, colonne AC (formation_cfd), valeur « 5002214 » : format incorrect, attendu :"
                                + " un code formation diplôme (CFD) de 8 caractères"),
                // other formats of the description sheet
                Arguments.of(
                        changes(SEX, "X"),
                        SEX,
                        "Erreur ligne 7, colonne D (sexe_apprenant), valeur « X » : format incorrect, attendu : 1, 2,"
                                + " H, F ou M"),
                Arguments.of(
                        changes(EMAIL, "apprenti.example.org"),
                        EMAIL,
                        "Erreur ligne 7, colonne F (email_contact), valeur « apprenti.example.org » : format"
                                + " incorrect, attendu : une adresse texte@texte.texte"),
                Arguments.of(
                        changes(POST_CODE, "9122A"),
                        POST_CODE,
                        "Erreur ligne 7, colonne H (code_postal_apprenant), valeur « 9122A » : format incorrect,"
                                + " attendu : un code postal de 5 chiffres"),
                Arguments.of(
                        changes(SCHOOL_YEAR, "2025-2027"),
                        SCHOOL_YEAR,
                        "Erreur ligne 7, colonne Z (annee_scolaire), valeur « 2025-2027 » : format incorrect, attendu"
                                + " : une année scolaire AAAA-AAAA (deux années qui se suivent)"),
                Arguments.of(
                        changes(PROGRAMME_YEAR, "6"),
                        PROGRAMME_YEAR,
                        "Erreur ligne 7, colonne AA (annee_formation), valeur « 6 » : format incorrect, attendu : 1,"
                                + " 2, 3, 4 ou 5"),
                Arguments.of(
                        changes(DURATION_MONTHS, "49"),
                        DURATION_MONTHS,
                        "Erreur ligne 7, colonne AG (duree_theorique_formation_mois), valeur « 49 » : format"
                                + " incorrect, attendu : un nombre entier de mois de 1 à 48"),
                Arguments.of(
                        changes(LAST_NAME, "Lefèvre2"),
                        LAST_NAME,
                        "Erreur ligne 7, colonne A (nom_apprenant), valeur « Lefèvre2 » : format incorrect, attendu :"
                                + " au moins une lettre et aucun chiffre"),
                // consistency: a contract's end, employer, rupture or cause without its start
                Arguments.of(
                        withoutContract1(CONTRACT_1_END, "2027-08-31"),
                        CONTRACT_1_END,
                        "Erreur ligne 7, colonne AR (contrat_date_fin), valeur « 2027-08-31 » : renseigné sans date de"
                                + " début du contrat 1 (colonne AQ)"),
                Arguments.of(
                        withoutContract1(CONTRACT_1_RUPTURE, "15/01/2026"),
                        CONTRACT_1_RUPTURE,
                        "Erreur ligne 7, colonne AT (contrat_date_rupture), valeur « 2026-01-15 » : renseigné sans"
                                + " date de début du contrat 1 (colonne AQ)"),
                Arguments.of(
                        withoutContract1(CONTRACT_1_CAUSE, "Déménagement"),
                        CONTRACT_1_CAUSE,
                        "Erreur ligne 7, colonne AU (cause_rupture_contrat), valeur « Déménagement » : renseigné sans"
                                + " date de début du contrat 1 (colonne AQ)"),
                Arguments.of(
                        withoutContract1(CONTRACT_1_SIRET, "44182736459102"),
                        CONTRACT_1_SIRET,
                        "Erreur ligne 7, colonne AS (siret_employeur), valeur « 44182736459102 » : renseigné sans date"
                                + " de début du contrat 1 (colonne AQ)"),
                Arguments.of(
                        changes(CONTRACT_2_END, "2027-08-31"),
                        CONTRACT_2_END,
                        "Erreur ligne 7, colonne AW (contrat_date_fin_2), valeur « 2027-08-31 » : renseigné sans date"
                                + " de début du contrat 2 (colonne AV)"),
                // consistency: start before end
                Arguments.of(
                        changes(CONTRACT_1_START, "01/09/2027"),
                        CONTRACT_1_END,
                        "Erreur ligne 7, colonne AR (contrat_date_fin), valeur « 2027-08-31 » : la fin du contrat 1"
                                + " précède son début (2027-09-01)"),
                Arguments.of(
                        changes(TRAINING_START, "2027-07-01"),
                        TRAINING_END,
                        "Erreur ligne 7, colonne AF (date_fin_formation), valeur « 2027-06-30 » : la fin de formation"
                                + " précède son entrée (2027-07-01)"),
                Arguments.of(
                        changes(CONTRACT_1_RUPTURE, "2025-09-01"),
                        CONTRACT_1_RUPTURE,
                        "Erreur ligne 7, colonne AT (contrat_date_rupture), valeur « 2025-09-01 » : rupture avant le"
                                + " début du contrat 1 (2025-09-08)"),
                Arguments.of(
                        changes(CONTRACT_1_RUPTURE, "2027-09-01"),
                        CONTRACT_1_RUPTURE,
                        "Erreur ligne 7, colonne AT (contrat_date_rupture), valeur « 2027-09-01 » : rupture après la"
                                + " fin du contrat 1 (2027-08-31)"),
                // consistency: contracts in order, exclusion, age
                Arguments.of(
                        withoutContract1(
                                CONTRACT_2_START,
                                "2025-09-08",
                                CONTRACT_2_END,
                                "2027-08-31",
                                CONTRACT_2_SIRET,
                                "44182736459102"),
                        CONTRACT_2_START,
                        "Erreur ligne 7, colonne AV (contrat_date_debut_2), valeur « 2025-09-08 » : contrat 2 sans"
                                + " contrat 1 : remplissez les contrats dans l'ordre"),
                Arguments.of(
                        changes(EXCLUSION_CAUSE, "Abandon"),
                        EXCLUSION_CAUSE,
                        "Erreur ligne 7, colonne AL (cause_exclusion_formation), valeur « Abandon » : cause"
                                + " d'exclusion sans date d'exclusion (colonne AK)"),
                Arguments.of(
                        changes(BIRTH_DATE, "2013-01-01"),
                        BIRTH_DATE,
                        "Erreur ligne 7, colonne C (date_de_naissance_apprenant), valeur « 2013-01-01 » : l'apprenti"
                                + " aurait moins de 14 ans aujourd'hui"));
    }

    @ParameterizedTest
    @MethodSource("refusedCells")
    void refusesTheCellWithAMessageNamingRowColumnAndValue(
            Map<TdbColumn, String> changes, TdbColumn column, String message) {
        Map<TdbColumn, String> row = validRow();
        row.putAll(changes);

        TdbRowParser.Parsed parsed = parse(row);

        assertThat(parsed.row()).isNull();
        assertThat(parsed.issues())
                .as(parsed.issues().toString())
                .filteredOn(ImportIssue::isError)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.row()).isEqualTo(ROW);
                    assertThat(issue.column()).isEqualTo(column);
                    assertThat(issue.message()).isEqualTo(message);
                });
    }

    static Stream<Arguments> acceptedCells() {
        return Stream.of(
                Arguments.of(REGISTRATION_DATE, "2025-09-01", "2025-09-01"),
                Arguments.of(REGISTRATION_DATE, "01/09/2025", "2025-09-01"),
                Arguments.of(REGISTRATION_DATE, "1/9/2025", "2025-09-01"),
                Arguments.of(REGISTRATION_DATE, "45901", "2025-09-01"),
                Arguments.of(RQTH, "VRAI", "OUI"),
                Arguments.of(RQTH, "FAUX", "NON"),
                Arguments.of(RQTH, "OUI", "OUI"),
                Arguments.of(RQTH, "non", "NON"),
                Arguments.of(RQTH, "TRUE", "OUI"),
                Arguments.of(ON_SITE, "Faux", "NON"),
                Arguments.of(ON_SITE, "", "OUI"),
                Arguments.of(RESPONSIBLE_UAI, UAI.toLowerCase(java.util.Locale.ROOT), UAI),
                Arguments.of(CONTRACT_1_SIRET, "441 827 364 59102", "44182736459102"),
                Arguments.of(INE, "123456789ab", "123456789AB"),
                Arguments.of(RNCP, "12345", "RNCP12345"),
                Arguments.of(RNCP, "rncp 38234", "RNCP38234"),
                Arguments.of(CFD, "50022145", "50022145"),
                Arguments.of(SEX, "H", "M"),
                Arguments.of(SEX, "2", "F"),
                Arguments.of(SCHOOL_YEAR, "2025 - 2026", "2025-2026"),
                Arguments.of(CFA_TYPE, "9", "09"),
                Arguments.of(PHONE, "+33 6 12 34 56 78", "0612345678"));
    }

    @ParameterizedTest
    @MethodSource("acceptedCells")
    void acceptsTheFormsTheDescriptionSheetAllowsAndKeepsTheirCanonicalForm(
            TdbColumn column, String value, String canonical) {
        Map<TdbColumn, String> row = validRow();
        row.put(column, value);

        TdbRowParser.Parsed parsed = parse(row);

        assertThat(parsed.hasErrors()).as(parsed.issues().toString()).isFalse();
        assertThat(parsed.row().text(column)).isEqualTo(canonical);
    }

    static Stream<Arguments> warnedCells() {
        return Stream.of(
                Arguments.of(
                        RESPONSIBLE_UAI,
                        "0911234A".equals(UAI) ? "0911234B" : "0911234A",
                        "Avertissement ligne 7, colonne R (etablissement_responsable_uai), valeur « %s » : la lettre de"
                                + " contrôle de l'UAI est fausse (attendu " + Identifiers.uaiCheckLetter("0911234")
                                + ") : vérifiez le numéro"),
                Arguments.of(
                        CONTRACT_1_SIRET,
                        "12345678901235",
                        "Avertissement ligne 7, colonne AS (siret_employeur), valeur « %s » : la clé de contrôle"
                                + " (Luhn) du SIRET est fausse : vérifiez le numéro"),
                Arguments.of(
                        POST_CODE,
                        "1000",
                        "Avertissement ligne 7, colonne H (code_postal_apprenant), valeur « %s » : zéro initial"
                                + " ajouté : 01000 (code lu comme un nombre ?)"),
                Arguments.of(
                        PHONE,
                        "612345678",
                        "Avertissement ligne 7, colonne J (tel_apprenant), valeur « %s » : zéro initial ajouté :"
                                + " 0612345678 (numéro lu comme un nombre ?)"),
                Arguments.of(
                        CONTRACT_1_CAUSE,
                        "Déménagement",
                        "Avertissement ligne 7, colonne AU (cause_rupture_contrat), valeur « %s » : cause de rupture"
                                + " sans date de rupture du contrat 1"));
    }

    @ParameterizedTest
    @MethodSource("warnedCells")
    void warnsWithoutRefusingTheRow(TdbColumn column, String value, String message) {
        Map<TdbColumn, String> row = validRow();
        row.put(column, value);

        TdbRowParser.Parsed parsed = parse(row);

        assertThat(parsed.hasErrors()).as(parsed.issues().toString()).isFalse();
        assertThat(parsed.row()).isNotNull();
        assertThat(parsed.issues())
                .filteredOn(issue -> issue.column() == column)
                .extracting(ImportIssue::message)
                .containsExactly(message.formatted(value));
    }

    @Test
    void reportsEveryErrorOfARowAtOnceEvenWhenACellCannotBeRead() {
        Map<TdbColumn, String> row = validRow();
        row.put(EMAIL, "pas-une-adresse");
        row.put(CONTRACT_2_RUPTURE, "2026-01-15");
        row.put(TRAINING_START, "2027-07-01");
        row.put(CONTRACT_3_END, "31/02/2027");

        TdbRowParser.Parsed parsed = parse(row);

        assertThat(parsed.issues())
                .filteredOn(ImportIssue::isError)
                .extracting(ImportIssue::columnLetter, ImportIssue::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "F", "format incorrect, attendu : une adresse texte@texte.texte"),
                        org.assertj.core.groups.Tuple.tuple("BB", DATE),
                        org.assertj.core.groups.Tuple.tuple(
                                "AF", "la fin de formation précède son entrée (2027-07-01)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "AY", "renseigné sans date de début du contrat 2 (colonne AV)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "BB", "renseigné sans date de début du contrat 3 (colonne BA)"));
    }
}
