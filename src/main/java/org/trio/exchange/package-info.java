/**
 * Exchanges with the outside: the national apprenticeship dashboard's upload file (import with preview, error report
 * and rupture-cause mapping; export in the same 62 columns), the SIFA survey file with its controls, and the REST API
 * with keys per organisation, scopes and request limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échanges")
package org.trio.exchange;
