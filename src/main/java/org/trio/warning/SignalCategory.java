package org.trio.warning;

import java.util.Locale;

/**
 * What a signal is about. The first ones are the facts people report; the last ones are raised by Trio's rules.
 * {@link #SOCIAL} is the young person's social situation: restricted data, read only by the roles allowed to read
 * social data.
 */
public enum SignalCategory {
    ABSENCES(false),
    COMPANY_CONFLICT(false),
    BEHAVIOUR(false),
    PEDAGOGY(false),
    ORIENTATION(false),
    SOCIAL(false),
    OTHER(false),
    NO_CONTRACT(true),
    CALL_OVERDUE(true),
    TRIAL_VISIT_MISSING(true),
    VISIT_REPORT(true),
    SILENT_BOOKLET(true),
    FALLING_EVALUATIONS(true);

    private final boolean automatic;

    SignalCategory(boolean automatic) {
        this.automatic = automatic;
    }

    /** Whether Trio's rules raise this category (people pick among the others). */
    public boolean isAutomatic() {
        return automatic;
    }

    /** Whether signals of this category hold restricted social data. */
    public boolean isSocial() {
        return this == SOCIAL;
    }

    public String messageKey() {
        return "warning.category." + name().toLowerCase(Locale.ROOT);
    }
}
