package org.trio.access;

import java.util.Optional;
import java.util.Set;

/**
 * Links between people and apprentices, implemented by the modules that own them. The access policy asks every
 * implementation and joins the answers.
 */
public interface ApprenticeRelations {

    /** The apprentices the person behind an account of this role is linked to (a maître's apprentices, …). */
    Set<Long> apprenticesLinkedTo(Role role, long personId);

    /** Where the apprentice's record is held, when this module knows it. */
    default Optional<ApprenticeOrganisation> organisationOf(long apprenticeId) {
        return Optional.empty();
    }

    /** The CFAs of a network, when this module knows them. */
    default Set<Long> cfasOfNetwork(long networkId) {
        return Set.of();
    }
}
