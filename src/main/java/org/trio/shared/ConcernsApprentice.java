package org.trio.shared;

/**
 * Implemented by records (entities) that belong to one apprentice's file, so that the audit trail can say whose file
 * a change touched.
 */
public interface ConcernsApprentice {

    Long concernedApprenticeId();
}
