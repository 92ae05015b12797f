package org.trio.access;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one access policy of Trio: whether a user may see or change an apprentice's data of a given category, and which
 * apprentices a user's lists may show. Reads of restricted categories (social, health/handicap) are audited.
 */
@Service
public class AccessPolicy {

    private final List<ApprenticeRelations> relations;
    private final AuditTrail audit;

    AccessPolicy(List<ApprenticeRelations> relations, AuditTrail audit) {
        this.relations = relations;
        this.audit = audit;
    }

    public boolean canRead(CurrentUser user, long apprenticeId, DataCategory category) {
        return AccessRules.mayRead(user.role(), category) && inScope(user, apprenticeId);
    }

    public boolean canWrite(CurrentUser user, long apprenticeId, DataCategory category) {
        return AccessRules.mayWrite(user.role(), category) && inScope(user, apprenticeId);
    }

    /**
     * Refuses (HTTP 403) unless the user may read this category of the apprentice's data; records the read in the
     * audit trail when the category is restricted.
     */
    public void requireRead(CurrentUser user, long apprenticeId, DataCategory category) {
        if (!canRead(user, apprenticeId, category)) {
            throw new AccessDeniedException("Accès refusé au dossier " + apprenticeId);
        }
        if (category.isRestricted()) {
            audit.recordRestrictedRead(user, apprenticeId, category);
        }
    }

    /** Refuses (HTTP 403) unless the user may change this category of the apprentice's data. */
    public void requireWrite(CurrentUser user, long apprenticeId, DataCategory category) {
        if (!canWrite(user, apprenticeId, category)) {
            throw new AccessDeniedException("Modification refusée sur le dossier " + apprenticeId);
        }
    }

    /** Whether the apprentice is in the user's scope, whatever the category. */
    public boolean inScope(CurrentUser user, long apprenticeId) {
        return switch (user.role().scope()) {
            case NONE -> false;
            case LINKED -> user.personId() != null && linkedApprentices(user).contains(apprenticeId);
            case NETWORK, ORGANISATION ->
                organisationOf(apprenticeId)
                        .map(organisation -> scopeOf(user).includes(apprenticeId, organisation))
                        .orElse(false);
        };
    }

    /** The apprentices the user's lists may show. */
    public ApprenticeScope scopeOf(CurrentUser user) {
        return switch (user.role().scope()) {
            case NONE -> ApprenticeScope.nobody();
            case LINKED -> new ApprenticeScope(Set.of(), Set.of(), linkedApprentices(user));
            case NETWORK ->
                user.networkId() == null
                        ? ApprenticeScope.nobody()
                        : new ApprenticeScope(cfasOfNetwork(user.networkId()), Set.of(), Set.of());
            case ORGANISATION -> organisationScope(user);
        };
    }

    private static ApprenticeScope organisationScope(CurrentUser user) {
        if (user.siteId() != null) {
            return new ApprenticeScope(Set.of(), Set.of(user.siteId()), Set.of());
        }
        if (user.cfaId() != null) {
            return new ApprenticeScope(Set.of(user.cfaId()), Set.of(), Set.of());
        }
        return ApprenticeScope.nobody();
    }

    private Set<Long> linkedApprentices(CurrentUser user) {
        if (user.personId() == null) {
            return Set.of();
        }
        Set<Long> linked = new HashSet<>();
        relations.forEach(relation -> linked.addAll(relation.apprenticesLinkedTo(user.role(), user.personId())));
        return linked;
    }

    private Optional<ApprenticeOrganisation> organisationOf(long apprenticeId) {
        return relations.stream()
                .map(relation -> relation.organisationOf(apprenticeId))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Set<Long> cfasOfNetwork(long networkId) {
        Set<Long> cfas = new HashSet<>();
        relations.forEach(relation -> cfas.addAll(relation.cfasOfNetwork(networkId)));
        return cfas;
    }
}
