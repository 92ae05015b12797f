package org.trio.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Published when a roll call marks an apprentice absent (or excused) at a session, or changes a line to absent.
 *
 * @param recordId the roll-call line
 * @param minutes the minutes of training missed
 * @param excused whether the absence was excused beforehand
 */
public record AbsenceRecorded(
        long recordId,
        long apprenticeId,
        long sessionId,
        long cohortId,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        int minutes,
        boolean excused) {}
