/**
 * Accounts, roles and scopes; the one access policy every module asks ("may this user see / change this apprentice,
 * and this category of data?"); the audit trail of changes and of reads of restricted data; login and its protection.
 *
 * <p>The policy knows which apprentices a person is linked to through {@link org.trio.access.ApprenticeRelations},
 * implemented by the modules that own those links (referential: the apprentice themself, legal representatives and the
 * organisation holding the record; contract: maîtres d'apprentissage, employers, tutors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accès et traçabilité")
package org.trio.access;
