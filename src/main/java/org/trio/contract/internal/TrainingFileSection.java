package org.trio.contract.internal;

import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.referential.ApprenticeFileSection;

/** Adds "Formation et contrats" to the apprentice file. */
@Component
class TrainingFileSection implements ApprenticeFileSection {

    private final AccessPolicy policy;

    TrainingFileSection(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String id() {
        return "formation-contrats";
    }

    @Override
    public String titleKey() {
        return "training.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(CurrentUser user, long apprenticeId) {
        return policy.canRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    @Override
    public String fragmentUrl(long apprenticeId) {
        return "/apprentices/" + apprenticeId + "/training/section";
    }
}
