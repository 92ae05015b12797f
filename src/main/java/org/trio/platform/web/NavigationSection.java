package org.trio.platform.web;

/** The sections of the main navigation, in display order; each has a message key {@code nav.section.<name>}. */
public enum NavigationSection {
    PEOPLE,
    TRAINING,
    FOLLOW_UP,
    WARNING,
    QUALITY,
    INDICATORS,
    EXCHANGE,
    ADMINISTRATION;

    public String messageKey() {
        return "nav.section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
