package org.trio.insertion.internal;

import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.referential.ApprenticeFileSection;

/** The "Devenir après la formation" section of the apprentice file, loaded from this module's URL. */
@Component
class InsertionFileSection implements ApprenticeFileSection {

    private final AccessPolicy access;

    InsertionFileSection(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public String id() {
        return "devenir";
    }

    @Override
    public String titleKey() {
        return "insertion.section.title";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean visibleTo(CurrentUser user, long apprenticeId) {
        return access.canRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    @Override
    public String fragmentUrl(long apprenticeId) {
        return "/insertion/apprentices/" + apprenticeId + "/section";
    }
}
