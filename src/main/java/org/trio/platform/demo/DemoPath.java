package org.trio.platform.demo;

/**
 * The planned path of one demo apprentice, decided by the referential's contributor and enacted by the next ones: where
 * and what they study, which school years, the cohort of each year, and where they come from.
 *
 * @param cohortIds the cohort of each school year of the path, from {@code firstSchoolYear} on
 * @param highestDiplomaHeld SIFA DIP_OBT code of the diploma held at entry
 * @param previousSituation SIFA SIT_N_1 code of the year before entry
 * @param sector the filière, to place the apprentice with an employer of the trade
 */
public record DemoPath(
        long apprenticeId,
        long cfaId,
        long siteId,
        long programmeId,
        int durationMonths,
        int entrySchoolYear,
        int firstSchoolYear,
        int firstProgrammeYear,
        long[] cohortIds,
        String highestDiplomaHeld,
        String previousSituation,
        String sector,
        boolean minorAtEntry) {}
