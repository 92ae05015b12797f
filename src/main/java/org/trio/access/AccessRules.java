package org.trio.access;

import static org.trio.access.DataCategory.HEALTH;
import static org.trio.access.DataCategory.IDENTITY;
import static org.trio.access.DataCategory.PEDAGOGICAL;
import static org.trio.access.DataCategory.SOCIAL;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which categories of an apprentice's data each role may read and change, once the apprentice is in the role's scope.
 * This table is the policy; {@code docs/security.md} explains it.
 */
public final class AccessRules {

    private static final Map<Role, Set<DataCategory>> READ = new EnumMap<>(Role.class);
    private static final Map<Role, Set<DataCategory>> WRITE = new EnumMap<>(Role.class);

    static {
        rule(Role.CFA_DIRECTOR, EnumSet.of(IDENTITY, PEDAGOGICAL, SOCIAL), EnumSet.of(IDENTITY, PEDAGOGICAL));
        rule(Role.NETWORK_ADMIN, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(IDENTITY));
        rule(Role.PLACEMENT_ADVISOR, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(IDENTITY, PEDAGOGICAL));
        rule(Role.DEPUTY_PEDAGOGY, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(PEDAGOGICAL));
        rule(Role.DEPUTY_SOCIAL, EnumSet.of(IDENTITY, PEDAGOGICAL, SOCIAL), EnumSet.of(PEDAGOGICAL, SOCIAL));
        rule(Role.TUTOR, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(PEDAGOGICAL));
        rule(Role.SECRETARIAT, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(IDENTITY, PEDAGOGICAL));
        rule(Role.DISABILITY_REFERENT, EnumSet.of(IDENTITY, PEDAGOGICAL, HEALTH), EnumSet.of(HEALTH));
        rule(Role.MOBILITY_REFERENT, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(PEDAGOGICAL));
        rule(Role.QUALITY_MANAGER, EnumSet.of(IDENTITY), EnumSet.noneOf(DataCategory.class));
        rule(Role.PROGRAMME_LEAD, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(PEDAGOGICAL));
        rule(Role.MENTOR, EnumSet.of(IDENTITY, PEDAGOGICAL), EnumSet.of(PEDAGOGICAL));
        rule(Role.EMPLOYER, EnumSet.of(IDENTITY), EnumSet.noneOf(DataCategory.class));
        rule(Role.APPRENTICE, EnumSet.allOf(DataCategory.class), EnumSet.of(PEDAGOGICAL));
        rule(Role.LEGAL_REPRESENTATIVE, EnumSet.allOf(DataCategory.class), EnumSet.noneOf(DataCategory.class));
        rule(Role.OBSERVER, EnumSet.noneOf(DataCategory.class), EnumSet.noneOf(DataCategory.class));
    }

    private AccessRules() {}

    private static void rule(Role role, Set<DataCategory> read, Set<DataCategory> write) {
        READ.put(role, read);
        WRITE.put(role, write);
    }

    public static boolean mayRead(Role role, DataCategory category) {
        return READ.get(role).contains(category);
    }

    public static boolean mayWrite(Role role, DataCategory category) {
        return WRITE.get(role).contains(category);
    }
}
