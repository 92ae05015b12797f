package org.trio.access;

import org.jspecify.annotations.Nullable;

/** Where an apprentice's record is held: network, CFA and, when known, site (UFA). */
public record ApprenticeOrganisation(
        long networkId, long cfaId, @Nullable Long siteId) {}
