package org.trio.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.trio.calendar.FeedEvent;

/**
 * Writes a private feed as iCalendar (RFC 5545): one all-day event per day range, timed events in UTC, a stable UID
 * each, so calendar applications update them in place.
 */
final class ICalendarWriter {

    static final String PRODUCT_ID = "-//Trio//Calendrier d'alternance//FR";

    private ICalendarWriter() {}

    /**
     * The feed.
     *
     * @param name the calendar's name, shown by calendar applications
     * @param events all-day ranges and timed events
     * @param stamp when the feed is produced
     * @param zone the time zone of the events' times
     */
    static String write(String name, List<FeedEvent> events, List<DayRange> ranges, Instant stamp, ZoneId zone) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .getFluentTarget();
        for (DayRange range : ranges) {
            VEvent event = new VEvent(range.start(), range.end().plusDays(1), range.summary());
            calendar.add(finish(event, range.uid(), range.description(), stamp));
        }
        for (FeedEvent feedEvent : events) {
            VEvent event;
            if (feedEvent.time() == null) {
                event = new VEvent(feedEvent.day(), feedEvent.day().plusDays(1), feedEvent.summary());
            } else {
                ZonedDateTime start = ZonedDateTime.of(feedEvent.day(), feedEvent.time(), zone)
                        .withZoneSameInstant(ZoneOffset.UTC);
                event = new VEvent(
                        start.toInstant(), Duration.ofMinutes(Math.max(15, feedEvent.minutes())), feedEvent.summary());
            }
            calendar.add(finish(event, feedEvent.uid(), feedEvent.description(), stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Flux iCalendar invalide : " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VEvent finish(VEvent event, String uid, String description, Instant stamp) {
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        return event;
    }

    /** An all-day event over several days (a period of the calendar). */
    record DayRange(
            String uid, java.time.LocalDate start, java.time.LocalDate end, String summary, String description) {}
}
