/**
 * Attendance and training hours: each cohort's CFA timetable (entered, duplicated or imported from CSV, XLSX and
 * iCalendar, checked against the alternance calendar), roll calls taken by trainers on their phone, justifications of
 * absences validated by the secretariat, maîtres and legal representatives told of absences, hours planned and
 * realised (taux de réalisation), absenteeism, distance-training share, configurable thresholds raising
 * {@link org.trio.attendance.AbsenceThresholdReached}, and attendance certificates for funders.
 *
 * <p>Other modules use {@link org.trio.attendance.AttendanceManagement} and the events of this package. The rules and
 * formulas are written down in {@code docs/modules/attendance.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assiduité")
package org.trio.attendance;
