package org.trio.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Hours planned and realised over roll-call lines (one apprentice, a cohort, a programme…), in minutes, and the rates
 * drawn from them. Only sessions whose roll call was taken count. Every line satisfies
 * {@code planned = realised + absence + late}, so the sums do too.
 *
 * @param lines roll-call lines counted (one apprentice at one session)
 * @param plannedMinutes training time planned on the lines
 * @param realisedMinutes training time attended: present in full, late minus the minutes late, absences none
 * @param distancePlannedMinutes part of the planned time in sessions held at distance
 * @param distanceRealisedMinutes part of the realised time in sessions held at distance
 * @param absenceMinutes time missed through absences (excused or not)
 * @param justifiedAbsenceMinutes absences excused beforehand or covered by an accepted justification
 * @param pendingAbsenceMinutes absences covered by a justification the secretariat has not examined yet
 * @param unjustifiedAbsenceMinutes absences without justification, or whose justification was refused
 * @param absences absence lines (excused or not)
 * @param unjustifiedAbsences absence lines without justification or with a refused one
 * @param lateArrivals late lines
 * @param lateMinutes minutes missed through late arrivals
 */
public record AttendanceSummary(
        long lines,
        long plannedMinutes,
        long realisedMinutes,
        long distancePlannedMinutes,
        long distanceRealisedMinutes,
        long absenceMinutes,
        long justifiedAbsenceMinutes,
        long pendingAbsenceMinutes,
        long unjustifiedAbsenceMinutes,
        long absences,
        long unjustifiedAbsences,
        long lateArrivals,
        long lateMinutes) {

    /** Share of the training at distance from which its funding changes (NPEC −20 %, lifecycle.md §5). */
    public static final BigDecimal MOSTLY_AT_DISTANCE = new BigDecimal("0.80");

    public static final AttendanceSummary EMPTY = new AttendanceSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Taux de réalisation: realised ÷ planned, as a fraction with 4 decimals; null when nothing was planned. */
    public @Nullable BigDecimal completionRate() {
        return ratio(realisedMinutes, plannedMinutes);
    }

    /** Absenteeism: time missed through absences (excused or not) ÷ planned; null when nothing was planned. */
    public @Nullable BigDecimal absenteeismRate() {
        return ratio(absenceMinutes, plannedMinutes);
    }

    /** Unjustified absenteeism: unjustified absence time ÷ planned; null when nothing was planned. */
    public @Nullable BigDecimal unjustifiedAbsenteeismRate() {
        return ratio(unjustifiedAbsenceMinutes, plannedMinutes);
    }

    /** Share of the planned time held at distance; null when nothing was planned. */
    public @Nullable BigDecimal distanceShare() {
        return ratio(distancePlannedMinutes, plannedMinutes);
    }

    /** Whether at least 80 % of the planned time is at distance (the funding of the training changes). */
    public boolean mostlyAtDistance() {
        BigDecimal share = distanceShare();
        return share != null && share.compareTo(MOSTLY_AT_DISTANCE) >= 0;
    }

    public AttendanceSummary plus(AttendanceSummary other) {
        return new AttendanceSummary(
                lines + other.lines,
                plannedMinutes + other.plannedMinutes,
                realisedMinutes + other.realisedMinutes,
                distancePlannedMinutes + other.distancePlannedMinutes,
                distanceRealisedMinutes + other.distanceRealisedMinutes,
                absenceMinutes + other.absenceMinutes,
                justifiedAbsenceMinutes + other.justifiedAbsenceMinutes,
                pendingAbsenceMinutes + other.pendingAbsenceMinutes,
                unjustifiedAbsenceMinutes + other.unjustifiedAbsenceMinutes,
                absences + other.absences,
                unjustifiedAbsences + other.unjustifiedAbsences,
                lateArrivals + other.lateArrivals,
                lateMinutes + other.lateMinutes);
    }

    /** Minutes as hours with two decimals (90 minutes are 1.50 hours). */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal plannedHours() {
        return hours(plannedMinutes);
    }

    public BigDecimal realisedHours() {
        return hours(realisedMinutes);
    }

    public BigDecimal distancePlannedHours() {
        return hours(distancePlannedMinutes);
    }

    public BigDecimal distanceRealisedHours() {
        return hours(distanceRealisedMinutes);
    }

    public BigDecimal absenceHours() {
        return hours(absenceMinutes);
    }

    public BigDecimal justifiedAbsenceHours() {
        return hours(justifiedAbsenceMinutes);
    }

    public BigDecimal pendingAbsenceHours() {
        return hours(pendingAbsenceMinutes);
    }

    public BigDecimal unjustifiedAbsenceHours() {
        return hours(unjustifiedAbsenceMinutes);
    }

    public BigDecimal lateHours() {
        return hours(lateMinutes);
    }

    private static @Nullable BigDecimal ratio(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
