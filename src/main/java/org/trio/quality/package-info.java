/**
 * The CFA's quality system: the charter's quality trajectory self-assessed per diploma and school year, the Qualiopi
 * evidence store and readiness view (filled by every module through {@link org.trio.quality.EvidenceProvider}),
 * complaints, hazards and difficulties, improvement measures, appreciation surveys with private links, the conseil de
 * perfectionnement, and the per-programme indicators (charter and L6111-8) gathered from every module through {@link
 * org.trio.quality.IndicatorProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualité")
package org.trio.quality;
