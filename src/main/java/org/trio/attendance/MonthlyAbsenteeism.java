package org.trio.attendance;

import java.time.YearMonth;

/** The attendance figures of one month (of a cohort, a programme…). */
public record MonthlyAbsenteeism(YearMonth month, AttendanceSummary summary) {}
