package org.trio.access;

/**
 * An access just opened: its login and the generated password, to show once to whoever opened it; the password must be
 * changed at the first login.
 */
public record IssuedAccess(long accountId, String username, String password) {}
