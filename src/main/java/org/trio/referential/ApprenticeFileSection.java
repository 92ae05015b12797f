package org.trio.referential;

import org.trio.access.CurrentUser;

/**
 * A section of the apprentice file page ("dossier apprenant"), contributed by a module. The page shows the sections the
 * user may see, in order, and loads each one with htmx from {@link #fragmentUrl(long)} — a URL of the contributing
 * module, whose controller checks access itself and returns an HTML fragment.
 */
public interface ApprenticeFileSection {

    /** Stable identifier, used as the HTML id of the section. */
    String id();

    /** Message key of the section's title. */
    String titleKey();

    /** Position on the page (identity is 0; lower first). */
    int order();

    /** Whether this user may see the section for this apprentice (usually an {@code AccessPolicy} check). */
    boolean visibleTo(CurrentUser user, long apprenticeId);

    /** The URL returning the section's HTML fragment. */
    String fragmentUrl(long apprenticeId);
}
