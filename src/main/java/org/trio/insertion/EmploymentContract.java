package org.trio.insertion;

/** The kind of job a former apprentice holds. */
public enum EmploymentContract {
    PERMANENT,
    FIXED_TERM,
    TEMPORARY,
    CIVIL_SERVICE,
    SELF_EMPLOYED,
    APPRENTICESHIP,
    OTHER;

    /** A job without an end date: CDI or civil servant. */
    public boolean lasting() {
        return this == PERMANENT || this == CIVIL_SERVICE;
    }
}
