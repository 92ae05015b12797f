package org.trio.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.trio.calendar.FeedEvent;

class ICalendarWriterTests {

    @Test
    void writesAValidCalendarWithAllDayRangesAndTimedEvents() throws Exception {
        String text = ICalendarWriter.write(
                "Calendrier d'alternance",
                List.of(new FeedEvent(
                        "visit-3@trio",
                        7,
                        LocalDate.parse("2025-10-02"),
                        LocalTime.of(14, 30),
                        60,
                        "Visite en entreprise",
                        "Sur site, avec M. Martin")),
                List.of(new ICalendarWriter.DayRange(
                        "period-1@trio", LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-07"), "Au CFA", "")),
                Instant.parse("2025-08-20T10:00:00Z"),
                ZoneId.of("Europe/Paris"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(text)
                .contains("DTSTART;VALUE=DATE:20250901")
                .contains("DTEND;VALUE=DATE:20250908")
                .contains("DTSTART:20251002T123000Z")
                .contains("UID:visit-3@trio")
                .contains("X-WR-CALNAME:Calendrier d'alternance");
    }
}
