package org.trio.exchange.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 62 columns of the national dashboard's upload file (template of 29 January 2025, sheet "Modèle"), in order, with
 * what each holds and whether it is required ({@code *}) or required under a condition ({@code **}, checked by
 * {@link TdbRowParser}).
 */
enum TdbColumn {
    LAST_NAME("nom_apprenant", Kind.NAME, true),
    FIRST_NAME("prenom_apprenant", Kind.NAME, true),
    BIRTH_DATE("date_de_naissance_apprenant", Kind.DATE, true),
    SEX("sexe_apprenant", Kind.SEX, true),
    BIRTH_POST_CODE("code_postal_de_naissance_apprenant", Kind.POST_CODE, false),
    EMAIL("email_contact", Kind.EMAIL, true),
    ADDRESS("adresse_apprenant", Kind.TEXT, true),
    POST_CODE("code_postal_apprenant", Kind.POST_CODE, true),
    INE("ine_apprenant", Kind.INE, false),
    PHONE("tel_apprenant", Kind.PHONE, false),
    RQTH("rqth_apprenant", Kind.BOOLEAN, false),
    RQTH_DATE("date_rqth_apprenant", Kind.DATE, false),
    GUARDIAN_EMAIL_1("responsable_apprenant_mail1", Kind.EMAIL, false),
    GUARDIAN_EMAIL_2("responsable_apprenant_mail2", Kind.EMAIL, false),
    PREVIOUS_UAI("dernier_organisme_uai", Kind.UAI_OR_DEPARTMENT, false),
    PREVIOUS_SITUATION("derniere_situation", Kind.SITUATION, false),
    CFA_TYPE("type_cfa", Kind.CFA_TYPE, false),
    RESPONSIBLE_UAI("etablissement_responsable_uai", Kind.UAI, true),
    RESPONSIBLE_SIRET("etablissement_responsable_siret", Kind.SIRET, true),
    TRAINER_UAI("etablissement_formateur_uai", Kind.UAI, true),
    TRAINER_SIRET("etablissement_formateur_siret", Kind.SIRET, true),
    PLACE_UAI("etablissement_lieu_de_formation_uai", Kind.UAI, false),
    PLACE_SIRET("etablissement_lieu_de_formation_siret", Kind.SIRET, false),
    PLACE_ADDRESS("etablissement_lieu_de_formation_adresse", Kind.TEXT, false),
    PLACE_POST_CODE("etablissement_lieu_de_formation_code_postal", Kind.POST_CODE, false),
    SCHOOL_YEAR("annee_scolaire", Kind.SCHOOL_YEAR, true),
    PROGRAMME_YEAR("annee_formation", Kind.PROGRAMME_YEAR, true),
    RNCP("formation_rncp", Kind.RNCP, true),
    CFD("formation_cfd", Kind.CFD, false),
    REGISTRATION_DATE("date_inscription_formation", Kind.DATE, true),
    TRAINING_START("date_entree_formation", Kind.DATE, true),
    TRAINING_END("date_fin_formation", Kind.DATE, true),
    DURATION_MONTHS("duree_theorique_formation_mois", Kind.DURATION, true),
    SHORT_LABEL("libelle_court_formation", Kind.TEXT, false),
    DIPLOMA_OBTAINED("obtention_diplome_formation", Kind.BOOLEAN, false),
    DIPLOMA_DATE("date_obtention_diplome_formation", Kind.DATE, false),
    EXCLUSION_DATE("date_exclusion_formation", Kind.DATE, false),
    EXCLUSION_CAUSE("cause_exclusion_formation", Kind.TEXT, false),
    ON_SITE("formation_presentielle", Kind.BOOLEAN, false),
    REFERENT_LAST_NAME("nom_referent_handicap_formation", Kind.NAME, false),
    REFERENT_FIRST_NAME("prenom_referent_handicap_formation", Kind.NAME, false),
    REFERENT_EMAIL("email_referent_handicap_formation", Kind.EMAIL, false),
    CONTRACT_1_START("contrat_date_debut", Kind.DATE, false),
    CONTRACT_1_END("contrat_date_fin", Kind.DATE, false),
    CONTRACT_1_SIRET("siret_employeur", Kind.SIRET, false),
    CONTRACT_1_RUPTURE("contrat_date_rupture", Kind.DATE, false),
    CONTRACT_1_CAUSE("cause_rupture_contrat", Kind.TEXT, false),
    CONTRACT_2_START("contrat_date_debut_2", Kind.DATE, false),
    CONTRACT_2_END("contrat_date_fin_2", Kind.DATE, false),
    CONTRACT_2_SIRET("siret_employeur_2", Kind.SIRET, false),
    CONTRACT_2_RUPTURE("contrat_date_rupture_2", Kind.DATE, false),
    CONTRACT_2_CAUSE("cause_rupture_contrat_2", Kind.TEXT, false),
    CONTRACT_3_START("contrat_date_debut_3", Kind.DATE, false),
    CONTRACT_3_END("contrat_date_fin_3", Kind.DATE, false),
    CONTRACT_3_SIRET("siret_employeur_3", Kind.SIRET, false),
    CONTRACT_3_RUPTURE("contrat_date_rupture_3", Kind.DATE, false),
    CONTRACT_3_CAUSE("cause_rupture_contrat_3", Kind.TEXT, false),
    CONTRACT_4_START("contrat_date_debut_4", Kind.DATE, false),
    CONTRACT_4_END("contrat_date_fin_4", Kind.DATE, false),
    CONTRACT_4_SIRET("siret_employeur_4", Kind.SIRET, false),
    CONTRACT_4_RUPTURE("contrat_date_rupture_4", Kind.DATE, false),
    CONTRACT_4_CAUSE("cause_rupture_contrat_4", Kind.TEXT, false);

    /** What a column holds, hence how it is read and checked. */
    enum Kind {
        NAME,
        TEXT,
        DATE,
        SEX,
        POST_CODE,
        EMAIL,
        INE,
        PHONE,
        BOOLEAN,
        UAI,
        UAI_OR_DEPARTMENT,
        SITUATION,
        CFA_TYPE,
        SIRET,
        SCHOOL_YEAR,
        PROGRAMME_YEAR,
        RNCP,
        CFD,
        DURATION
    }

    static final int CONTRACTS = 4;
    private static final Map<String, TdbColumn> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(TdbColumn::fieldName, Function.identity()));

    private final String fieldName;
    private final Kind kind;
    private final boolean required;

    TdbColumn(String fieldName, Kind kind, boolean required) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.required = required;
    }

    public String fieldName() {
        return fieldName;
    }

    Kind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    /** Whether the template's header marks the column {@code **} (required under a condition). */
    boolean conditional() {
        return name().startsWith("CONTRACT_") && !name().endsWith("_CAUSE") || this == EXCLUSION_DATE;
    }

    /** The header as the template writes it, e.g. {@code nom_apprenant *}, {@code contrat_date_debut **}. */
    public String header() {
        return fieldName + (required ? " *" : conditional() ? " **" : "");
    }

    /** The column's letters in the template, e.g. {@code A}, {@code AB}. */
    public String letter() {
        return letter(ordinal());
    }

    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int remainder = (n - 1) % 26;
            letters.insert(0, (char) ('A' + remainder));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** The column of a header cell, ignoring case, the {@code *} marks, spaces and a byte order mark. */
    static Optional<TdbColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_NAME.get(normalizeHeader(header)));
    }

    static String normalizeHeader(String header) {
        return header.replace("\uFEFF", "")
                .replace("*", "")
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The five columns of contract {@code n} (1 to 4): start, end, employer SIRET, rupture, cause. */
    static List<TdbColumn> contract(int n) {
        int first = CONTRACT_1_START.ordinal() + (n - 1) * 5;
        return List.of(values()).subList(first, first + 5);
    }
}
