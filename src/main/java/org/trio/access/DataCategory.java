package org.trio.access;

/**
 * Categories of data about an apprentice. Social and health/handicap data are restricted: few roles see them and every
 * read is written to the audit trail.
 */
public enum DataCategory {
    IDENTITY,
    PEDAGOGICAL,
    SOCIAL,
    HEALTH;

    public boolean isRestricted() {
        return this == SOCIAL || this == HEALTH;
    }
}
