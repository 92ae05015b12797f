package org.trio.contract;

/** Who took the initiative of a rupture. */
public enum RuptureInitiative {
    APPRENTICE,
    EMPLOYER,
    MUTUAL;

    public String messageKey() {
        return "rupture.initiative." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
