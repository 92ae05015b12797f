package org.trio.platform.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;

/**
 * PostgreSQL advisory locks held until the current transaction ends: work on one key (an apprentice's signals, a
 * contract's due visits, a scope's policy) runs one transaction after the other. Two keys sharing a lock only wait
 * for each other, so a hashed key is safe.
 */
@NamedInterface("locks")
public final class TransactionLocks {

    private TransactionLocks() {}

    /** Waits for and takes the lock of {@code key} until the transaction ends. */
    public static void lock(JdbcClient jdbc, long key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) locked")
                .param(key)
                .query(Integer.class)
                .single();
    }

    /** Waits for and takes the lock of {@code key} within {@code space} until the transaction ends. */
    public static void lock(JdbcClient jdbc, int space, int key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) locked")
                .params(space, key)
                .query(Integer.class)
                .single();
    }
}
