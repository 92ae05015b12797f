package org.trio.access;

/**
 * The kinds of people of the referential an account can stand for; an account's {@code personId} is the id of a record
 * of that kind (a staff member, a maître d'apprentissage, an employer whose contact logs in, an apprentice, a legal
 * representative).
 */
public enum PersonKind {
    STAFF,
    MENTOR,
    EMPLOYER,
    APPRENTICE,
    LEGAL_REPRESENTATIVE,
    NONE
}
