package org.trio.referential.internal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The optimistic locking of forms: a change applies only to the version of the record the user saw. */
final class Versions {

    private Versions() {}

    /** Refuses (HTTP 409) when the record changed since the user loaded it. */
    static void check(Class<?> type, Object id, long actual, long expected) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
