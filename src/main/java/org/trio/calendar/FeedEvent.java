package org.trio.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One event of a private iCalendar feed.
 *
 * @param uid a stable identifier, unique across Trio (e.g. {@code visit-12@trio})
 * @param contractId the contract it concerns (the feed names its apprentice when it shows several)
 * @param day the day
 * @param time the start time, or null for an all-day event
 * @param minutes the duration when a time is given
 * @param summary the title, in French
 * @param description more detail, may be empty
 */
public record FeedEvent(
        String uid,
        long contractId,
        LocalDate day,
        @Nullable LocalTime time,
        int minutes,
        String summary,
        String description) {}
