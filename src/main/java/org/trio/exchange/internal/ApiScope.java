package org.trio.exchange.internal;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do; a key has one or more scopes, chosen when it is created. */
enum ApiScope {
    /** Push apprentice records (one record or a whole file of the dashboard's upload format). */
    APPRENTICES_WRITE("apprentices:write", "Envoyer des apprentis (fiches ou fichier du tableau de bord)"),
    /** Read apprentices' statuses (APPRENTI, RUPTURANT…) on a day. */
    STATUSES_READ("statuses:read", "Lire les statuts des apprentis"),
    /** Read aggregated figures: headcounts and ruptures. */
    FIGURES_READ("figures:read", "Lire les effectifs et les chiffres des ruptures");

    private final String code;
    private final String label;

    ApiScope(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
