package org.trio.booklet;

import java.util.Locale;

/** What an entry of the livret is. */
public enum EntryKind {
    /** The apprentice's return after a stay in the company: activities, competencies worked, difficulties. */
    PERIOD_RETURN,
    /** A message to the trio (maître, trainer, CFA, apprentice). */
    NOTE,
    /** A comment in answer to an entry. */
    REPLY;

    public String messageKey() {
        return "booklet.kind." + name().toLowerCase(Locale.ROOT);
    }
}
