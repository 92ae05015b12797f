package org.trio.warning.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.referential.ApprenticeFileSection;

/** The section "Alertes et situations" of the apprentice file, loaded from this module's page of the apprentice. */
@Component
class WarningFileSection implements ApprenticeFileSection {

    private static final Set<Role> TEAM = Set.of(
            Role.CFA_DIRECTOR,
            Role.NETWORK_ADMIN,
            Role.PLACEMENT_ADVISOR,
            Role.DEPUTY_PEDAGOGY,
            Role.DEPUTY_SOCIAL,
            Role.SECRETARIAT,
            Role.TUTOR);

    private final AccessPolicy policy;

    WarningFileSection(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String id() {
        return "alertes";
    }

    @Override
    public String titleKey() {
        return "warning.section.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean visibleTo(CurrentUser user, long apprenticeId) {
        return TEAM.contains(user.role()) && policy.canRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    @Override
    public String fragmentUrl(long apprenticeId) {
        return "/warning/apprentices/" + apprenticeId + "/section";
    }
}
