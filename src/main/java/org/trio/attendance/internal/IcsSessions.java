package org.trio.attendance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionMode;
import org.trio.shared.SchoolYear;

/**
 * Reads the sessions of an iCalendar file (.ics, RFC 5545) exported by a planning tool: each event (or each occurrence
 * of a recurring event within the school year) is a session. The summary gives the subject, the location the room —
 * a web address, or "distanciel", "à distance", "visio", "classe virtuelle" in it or in the categories, make it a
 * distance session —, an organizer or attendee with a trainer's e-mail gives the trainer. Times are converted to the
 * CFA's time zone; all-day events and events spanning several days are refused.
 */
@Component
class IcsSessions {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\b(https?://|www\\.)");

    private static final Set<String> DISTANCE_WORDS =
            Set.of("distanciel", "a distance", "visio", "classe virtuelle", "teams", "zoom", "en ligne");

    private final Texts texts;

    IcsSessions(Texts texts) {
        this.texts = texts;
    }

    static boolean looksLikeIcs(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return start.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR");
    }

    List<TimetableImport.Candidate> read(
            byte[] content,
            SchoolYear year,
            ZoneId zone,
            Map<String, Long> trainers,
            @Nullable Long defaultTrainer,
            List<String> errors) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(content));
        } catch (IOException | ParserException | RuntimeException e) {
            errors.add(texts.get("attendance.import.ics.unreadable", e.getMessage() == null ? "" : e.getMessage()));
            return List.of();
        }
        Period<ZonedDateTime> window = new Period<>(
                year.start().atStartOfDay(zone), year.end().plusDays(1).atStartOfDay(zone));
        List<TimetableImport.Candidate> candidates = new ArrayList<>();
        int number = 0;
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            number++;
            String summary = value(event, Property.SUMMARY).orElse("");
            String where = texts.get("attendance.import.event", number, summary);
            if (event.getStartDate().isPresent() && event.getStartDate().get().getDate() instanceof LocalDate) {
                errors.add(where + " : " + texts.get("attendance.import.ics.all-day"));
                continue;
            }
            String uid = value(event, Property.UID).orElse(null);
            String location = value(event, Property.LOCATION).orElse("");
            SessionMode mode =
                    atDistance(location, value(event, Property.CATEGORIES).orElse(""))
                            ? SessionMode.DISTANCE
                            : SessionMode.IN_PERSON;
            Long trainer = trainer(event, trainers).orElse(defaultTrainer);
            String room = mode == SessionMode.DISTANCE || location.isBlank()
                    ? null
                    : location.length() > 60 ? location.substring(0, 60) : location;
            try {
                for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(window)) {
                    ZonedDateTime start = zoned(occurrence.getStart(), zone);
                    ZonedDateTime end = zoned(occurrence.getEnd(), zone);
                    if (!start.toLocalDate().equals(end.toLocalDate())) {
                        errors.add(where + " : " + texts.get("attendance.import.ics.several-days"));
                        continue;
                    }
                    candidates.add(new TimetableImport.Candidate(
                            where + " (" + start.toLocalDate() + ")",
                            new NewSession(
                                    start.toLocalDate(),
                                    start.toLocalTime(),
                                    end.toLocalTime(),
                                    summary,
                                    trainer,
                                    room,
                                    mode),
                            uid == null ? null : shorten(uid + "@" + start.toLocalDateTime())));
                }
            } catch (RuntimeException e) {
                errors.add(where + " : " + texts.get("attendance.import.ics.unreadable", e.getMessage()));
            }
        }
        return candidates;
    }

    /** A web address anywhere in the location (a link to the virtual class), or a word of distance learning. */
    static boolean atDistance(String location, String categories) {
        String text = TimetableImport.key(location + " " + categories);
        return WEB_ADDRESS.matcher(location).find() || DISTANCE_WORDS.stream().anyMatch(text::contains);
    }

    private static Optional<Long> trainer(VEvent event, Map<String, Long> trainers) {
        List<Property> people = new ArrayList<>(event.getProperties(Property.ORGANIZER));
        people.addAll(event.getProperties(Property.ATTENDEE));
        for (Property person : people) {
            String address = person.getValue().replaceFirst("(?i)^mailto:", "");
            Long id = trainers.get(TimetableImport.key(address));
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.getProperty(name)
                .map(Property::getValue)
                .map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    private static ZonedDateTime zoned(Temporal temporal, ZoneId zone) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (temporal instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (temporal instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        throw new IllegalArgumentException("date sans heure");
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) : text;
    }
}
