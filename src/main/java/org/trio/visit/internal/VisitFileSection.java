package org.trio.visit.internal;

import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.referential.ApprenticeFileSection;

/** The "Visites en entreprise" section of the apprentice file. */
@Component
class VisitFileSection implements ApprenticeFileSection {

    private final AccessPolicy access;

    VisitFileSection(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public String id() {
        return "visites";
    }

    @Override
    public String titleKey() {
        return "visit.section.title";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public boolean visibleTo(CurrentUser user, long apprenticeId) {
        return access.canRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    @Override
    public String fragmentUrl(long apprenticeId) {
        return "/visits/apprentices/" + apprenticeId + "/section";
    }
}
