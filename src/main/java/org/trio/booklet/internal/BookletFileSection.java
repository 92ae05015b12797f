package org.trio.booklet.internal;

import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.referential.ApprenticeFileSection;

/** The "Livret d'apprentissage" section of the apprentice file. */
@Component
class BookletFileSection implements ApprenticeFileSection {

    private final AccessPolicy access;

    BookletFileSection(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public String id() {
        return "livret";
    }

    @Override
    public String titleKey() {
        return "booklet.section.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(CurrentUser user, long apprenticeId) {
        return access.canRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    @Override
    public String fragmentUrl(long apprenticeId) {
        return "/booklet/apprentices/" + apprenticeId + "/section";
    }
}
