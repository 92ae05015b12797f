package org.trio.referential;

/** A diploma of the national nomenclature (kit apprentissage): CFD ↔ RNCP, level, whether open to apprenticeship. */
public record ReferenceDiploma(
        String cfd,
        String label,
        String rncp,
        Integer level,
        String abbreviation,
        Boolean apprenticeshipOpen,
        boolean active) {}
