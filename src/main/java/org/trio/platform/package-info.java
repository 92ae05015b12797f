/**
 * Technical platform every module builds on: the embedded PostgreSQL used when no database is configured, the clock,
 * the page layout and its extension points (navigation, home tasks), document rendering (PDF, XLSX, CSV), mail, and
 * the demo-data runner. Holds no business rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plateforme")
package org.trio.platform;
