package org.trio.platform.mail;

import java.util.Set;

/**
 * Which messages of the outbox the signed-in person may read (implemented by the access module, which knows people and
 * their organisations).
 */
public interface MailReaders {

    /** The messages the signed-in person may read: those about these CFAs, and those about no CFA when allowed. */
    record Readable(Set<Long> cfaIds, boolean withoutCfa) {

        public static Readable none() {
            return new Readable(Set.of(), false);
        }
    }

    Readable current();
}
