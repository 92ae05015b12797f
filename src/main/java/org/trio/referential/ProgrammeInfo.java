package org.trio.referential;

/** A programme (diploma prepared) as other modules see it. */
public record ProgrammeInfo(
        long id,
        long networkId,
        String cfd,
        String rncp,
        String label,
        String shortLabel,
        DiplomaType diplomaType,
        int level,
        String sector,
        int theoreticalDurationMonths,
        Long certifyingInstitutionId,
        Long leadStaffId,
        boolean active) {}
