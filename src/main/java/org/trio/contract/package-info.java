/**
 * Enrolments of apprentices in programmes, their successive apprenticeship contracts and amendments, the status of each
 * apprentice on every day (national dashboard rules), ruptures and the six months of support after them, and the
 * rupture analysis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inscriptions et contrats")
package org.trio.contract;
