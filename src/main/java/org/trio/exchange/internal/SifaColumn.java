package org.trio.exchange.internal;

/**
 * The 47 variables of the SIFA apprentices file, in the order of the instructions (survey of 31 December 2024, section
 * "Structure du fichier : en vigueur à partir de la remontée au 31/12/2023", pages 9 to 11): each is text of at most
 * {@link #length()} characters; the eighteen marked X in the instructions are {@link #required()}.
 */
enum SifaColumn {
    INE_RNIE(11, false),
    NUMERO_UAI(8, true),
    TYPE_CFA(2, true),
    SIT_FORM(8, true),
    UAI_EPLE(8, true),
    NAT_STR_JUR(9, true),
    STATUT(6, true),
    DIPLOME(8, true),
    RNCP(10, false),
    DUR_FORM_THEO(2, true),
    DUR_FORM_REELLE(3, true),
    AN_FORM(2, true),
    NOM(100, true),
    NOM2(100, false),
    PRENOM1(100, true),
    PRENOM2(100, false),
    PRENOM3(100, false),
    ADRESSE(200, true),
    COD_POST(5, false),
    COM_RESID(5, false),
    TEL_JEUNE(20, false),
    TEL_RESP1_PERSO(20, false),
    TEL_RESP1_PRO(20, false),
    TEL_RESP2_PERSO(20, false),
    TEL_RESP2_PRO(20, false),
    MAIL_JEUNE(80, false),
    MAIL_RESP1(80, false),
    MAIL_RESP2(80, false),
    DATE_NAIS(8, true),
    LIEU_NAIS(5, true),
    SEXE(1, true),
    REGIME_SCO(2, false),
    PCS(2, false),
    HANDI(1, false),
    NATIO(1, false),
    SIT_AV_APP(2, false),
    DIP_OBT(2, false),
    SIT_N_1(4, true),
    ETAB_N_1(8, true),
    TYPE_EMP(2, false),
    DATE_ENTREE_CFA(8, false),
    DATE_DEB_CONT(8, false),
    DATE_RUPT_CONT(8, false),
    COM_ETAB(5, false),
    NAF_ETAB(5, false),
    NBSAL_EMP(8, false),
    SIRET_EMP(14, false);

    private final int length;
    private final boolean required;

    SifaColumn(int length, boolean required) {
        this.length = length;
        this.required = required;
    }

    /** The most characters the variable may hold. */
    int length() {
        return length;
    }

    /** One of the eighteen variables that must be filled ("Variables obligatoires"). */
    boolean required() {
        return required;
    }
}
