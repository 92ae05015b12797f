package org.trio.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An absence or a late arrival of an apprentice at a session, without its reason.
 *
 * @param minutes the minutes missed (the whole session for an absence, the delay for a late arrival)
 * @param state whether it is justified; late arrivals are always {@link JustificationState#UNJUSTIFIED} unless a
 *     justification covers their day
 */
public record AbsenceInfo(
        long recordId,
        long sessionId,
        long cohortId,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        String subject,
        AttendanceStatus status,
        int minutes,
        JustificationState state) {}
