/**
 * The referential: networks, CFAs and their sites/UFA, certifying institutions, employers, people (apprentices with
 * their legal representatives and restricted health data, maîtres d'apprentissage, staff), programmes (diplomas) and
 * cohorts, and the public nomenclatures they are checked against. Offers the apprentice file page ("dossier
 * apprenant") that other modules add sections to through {@link org.trio.referential.ApprenticeFileSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Référentiel")
package org.trio.referential;
