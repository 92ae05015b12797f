package org.trio.referential;

import java.util.Locale;

/** Types of diplomas and titles prepared in apprenticeship, with the label used in reports. */
public enum DiplomaType {
    CAP("CAP"),
    MC("MC"),
    BP("BP"),
    BAC_PRO("BAC PRO"),
    BMA("BMA"),
    CS("CS"),
    TP("TP"),
    BTS("BTS"),
    DUT("DUT"),
    BUT("BUT"),
    LICENCE_PRO("LICENCE PRO"),
    LICENCE("LICENCE"),
    MASTER("MASTER"),
    ENGINEER("INGENIEUR"),
    OTHER("AUTRE");

    private final String label;

    DiplomaType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the abbreviations of the national files ("BAC PRO", "Licence Professionnelle", "Titre ingénieur"…). */
    public static DiplomaType fromAbbreviation(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("MC")) {
            return MC;
        }
        if (value.startsWith("CS")) {
            return CS;
        }
        return switch (value) {
            case "CAP", "CAPA" -> CAP;
            case "BP", "BPA" -> BP;
            case "BAC PRO", "BACPRO", "BAC PROFESSIONNEL" -> BAC_PRO;
            case "BMA" -> BMA;
            case "TP" -> TP;
            case "BTS", "BTSA" -> BTS;
            case "DUT" -> DUT;
            case "BUT" -> BUT;
            case "LICENCE PROFESSIONNELLE", "LICENCE PRO", "LP" -> LICENCE_PRO;
            case "LICENCE" -> LICENCE;
            case "MASTER" -> MASTER;
            case "TITRE INGÉNIEUR", "TITRE INGENIEUR", "INGENIEUR", "INGÉNIEUR" -> ENGINEER;
            default -> OTHER;
        };
    }
}
