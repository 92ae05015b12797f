package org.trio.referential;

/** Published when an apprentice's record is created. */
public record ApprenticeRegistered(long apprenticeId, long networkId, long cfaId, Long siteId) {}
