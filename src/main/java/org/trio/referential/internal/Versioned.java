package org.trio.referential.internal;

/** A form filled from a record, with the version of the record it was read from (optimistic locking). */
record Versioned<T>(T form, long version) {}
