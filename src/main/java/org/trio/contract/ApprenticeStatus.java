package org.trio.contract;

/**
 * The status of an apprentice on one day, by the rules of the national apprenticeship dashboard (lifecycle.md §3). The
 * {@link #nationalCode()} is the dashboard's name of the status.
 */
public enum ApprenticeStatus {
    /** Inscrit sans contrat. */
    WITHOUT_CONTRACT(1, "INSCRIT"),
    /** Apprenti: a contract covers the day. */
    APPRENTICE(2, "APPRENTI"),
    /** Rupturant: had a contract, none now, for at most 180 days. */
    TERMINATED(3, "RUPTURANT"),
    /** Abandon: excluded, or too long without a contract. */
    DROPOUT(4, "ABANDON"),
    /** Fin de formation: the training ended with (or just after) a contract that ran to its end. */
    TRAINING_ENDED(5, "FIN_DE_FORMATION");

    private final int code;
    private final String nationalCode;

    ApprenticeStatus(int code, String nationalCode) {
        this.code = code;
        this.nationalCode = nationalCode;
    }

    /** The number stored in the database. */
    public int code() {
        return code;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public static ApprenticeStatus ofCode(int code) {
        for (ApprenticeStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("Statut inconnu : " + code);
    }

    /** Counted among "apprentis" of the dashboard (apprentis = APPRENTI + FIN_DE_FORMATION). */
    public boolean countsAsApprentice() {
        return this == APPRENTICE || this == TRAINING_ENDED;
    }

    /** Counted among "apprenants" (apprentis + inscrits + rupturants; abandons excluded). */
    public boolean countsAsLearner() {
        return this != DROPOUT;
    }

    public String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
