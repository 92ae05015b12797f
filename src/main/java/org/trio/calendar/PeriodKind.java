package org.trio.calendar;

import java.util.Locale;

/** What an apprentice does during a period of the alternance calendar. */
public enum PeriodKind {
    CFA,
    COMPANY,
    EXAM,
    HOLIDAY,
    TELEWORK;

    /** Days of practical training in the company (telework for the employer counts). */
    public boolean isCompanyTime() {
        return this == COMPANY || this == TELEWORK;
    }

    public String messageKey() {
        return "calendar.kind." + name().toLowerCase(Locale.ROOT);
    }
}
