package org.trio.attendance.internal;

import java.util.function.Function;
import org.trio.attendance.AttendanceSummary;
import org.trio.platform.document.Table;

/** The columns of attendance figures in every export, after the columns naming the row. */
final class SummaryColumns {

    private SummaryColumns() {}

    static <R> Table.Builder<R> add(Table.Builder<R> table, Texts texts, Function<R, AttendanceSummary> summary) {
        return table.decimal(
                        texts.get("attendance.column.planned"),
                        row -> summary.apply(row).plannedHours())
                .decimal(
                        texts.get("attendance.column.realised"),
                        row -> summary.apply(row).realisedHours())
                .percent(
                        texts.get("attendance.figures.rate"),
                        row -> summary.apply(row).completionRate())
                .decimal(
                        texts.get("attendance.column.distance-planned"),
                        row -> summary.apply(row).distancePlannedHours())
                .percent(
                        texts.get("attendance.figures.distance"),
                        row -> summary.apply(row).distanceShare())
                .decimal(
                        texts.get("attendance.column.absence"),
                        row -> summary.apply(row).absenceHours())
                .decimal(
                        texts.get("attendance.column.justified"),
                        row -> summary.apply(row).justifiedAbsenceHours())
                .decimal(
                        texts.get("attendance.column.pending"),
                        row -> summary.apply(row).pendingAbsenceHours())
                .decimal(
                        texts.get("attendance.column.unjustified"),
                        row -> summary.apply(row).unjustifiedAbsenceHours())
                .percent(
                        texts.get("attendance.column.absenteeism"),
                        row -> summary.apply(row).absenteeismRate())
                .integer(
                        texts.get("attendance.column.lates"),
                        row -> summary.apply(row).lateArrivals())
                .integer(
                        texts.get("attendance.column.late-minutes"),
                        row -> summary.apply(row).lateMinutes());
    }
}
