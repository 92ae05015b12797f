package org.trio.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by every module whose records prove a Qualiopi indicator (visit reports → 13, aids → 14, information on
 * rights and safety → 15, insertion actions → 29, …). The readiness view and the audit pack ask every implementation.
 */
public interface EvidenceProvider {

    /** The evidence this module holds for the CFA, as it stands on the reference date. */
    List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate referenceDate);
}
