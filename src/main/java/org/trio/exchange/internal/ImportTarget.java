package org.trio.exchange.internal;

import java.util.Set;

/**
 * Whose data an import may write: the network, and either every CFA of it (a network account or key, which may also
 * create a CFA found in the file) or one CFA (the responsible UAI of every row must be that CFA's).
 *
 * @param cfaIds the CFAs the import may write to (all CFAs of the network when {@code networkWide})
 * @param who the person or key, for the job and the audit trail
 */
record ImportTarget(long networkId, Set<Long> cfaIds, boolean networkWide, String who) {

    ImportTarget {
        cfaIds = Set.copyOf(cfaIds);
    }

    boolean allows(long cfaId) {
        return cfaIds.contains(cfaId);
    }
}
