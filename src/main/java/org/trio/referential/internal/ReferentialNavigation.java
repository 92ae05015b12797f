package org.trio.referential.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.trio.access.Role;

/** The roles that see the referential's menu entries (the pages themselves check access). */
final class ReferentialNavigation {

    static final Set<String> STAFF =
            Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name).collect(Collectors.toSet());

    static final Set<String> NETWORK = Set.of(Role.NETWORK_ADMIN.name());

    /** Who has a list of apprentices: the staff, maîtres, employers and parents (the policy filters it). */
    static final Set<String> APPRENTICE_LIST = Set.of(
            Role.CFA_DIRECTOR.name(),
            Role.NETWORK_ADMIN.name(),
            Role.PLACEMENT_ADVISOR.name(),
            Role.DEPUTY_PEDAGOGY.name(),
            Role.DEPUTY_SOCIAL.name(),
            Role.TUTOR.name(),
            Role.SECRETARIAT.name(),
            Role.DISABILITY_REFERENT.name(),
            Role.MOBILITY_REFERENT.name(),
            Role.QUALITY_MANAGER.name(),
            Role.PROGRAMME_LEAD.name(),
            Role.MENTOR.name(),
            Role.EMPLOYER.name(),
            Role.LEGAL_REPRESENTATIVE.name());

    private ReferentialNavigation() {}
}
