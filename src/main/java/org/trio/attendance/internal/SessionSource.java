package org.trio.attendance.internal;

/** How a session came into the timetable. */
enum SessionSource {
    MANUAL,
    CSV,
    ICS,
    DEMO
}
