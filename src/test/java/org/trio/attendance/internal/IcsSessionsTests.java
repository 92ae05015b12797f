package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionMode;
import org.trio.shared.SchoolYear;

/** Reading the sessions of iCalendar files as planning tools export them. */
class IcsSessionsTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SchoolYear YEAR = new SchoolYear(2025);

    private final IcsSessions ics = new IcsSessions(new Texts(messages()));

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:i18n/attendance");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    private static byte[] calendar(String... events) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Planning//FR\r\n");
        for (String event : events) {
            text.append("BEGIN:VEVENT\r\n")
                    .append(event.strip().replace("\n", "\r\n"))
                    .append("\r\nEND:VEVENT\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<TimetableImport.Candidate> read(byte[] content, List<String> errors) {
        return ics.read(content, YEAR, PARIS, Map.of("formatrice@cfa.fr", 42L), 7L, errors);
    }

    @Test
    void readsTimesInParisWhateverTheirZoneAndTheRoomAndTrainerOfEachEvent() {
        List<String> errors = new ArrayList<>();
        List<TimetableImport.Candidate> candidates = read(calendar("""
                        UID:a-1
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251006T083000
                        DTEND;TZID=Europe/Paris:20251006T120000
                        SUMMARY:Mathématiques
                        LOCATION:Salle B12
                        ORGANIZER;CN=Formatrice:mailto:Formatrice@cfa.fr
                        """, """
                        UID:a-2
                        DTSTAMP:20250901T000000Z
                        DTSTART:20260112T120000Z
                        DTEND:20260112T153000Z
                        SUMMARY:Histoire
                        """, """
                        UID:a-3
                        DTSTAMP:20250901T000000Z
                        DTSTART:20251007T083000
                        DTEND:20251007T100000
                        SUMMARY:Français
                        """), errors);

        assertThat(errors).isEmpty();
        assertThat(candidates)
                .extracting(TimetableImport.Candidate::session)
                .containsExactly(
                        new NewSession(
                                LocalDate.of(2025, 10, 6),
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Mathématiques",
                                42L,
                                "Salle B12",
                                SessionMode.IN_PERSON),
                        new NewSession(
                                LocalDate.of(2026, 1, 12),
                                LocalTime.of(13, 0),
                                LocalTime.of(16, 30),
                                "Histoire",
                                7L,
                                null,
                                SessionMode.IN_PERSON),
                        new NewSession(
                                LocalDate.of(2025, 10, 7),
                                LocalTime.of(8, 30),
                                LocalTime.of(10, 0),
                                "Français",
                                7L,
                                null,
                                SessionMode.IN_PERSON));
        assertThat(candidates.get(0).externalRef()).isEqualTo("a-1@2025-10-06T08:30");
    }

    @Test
    void makesADistanceSessionOfAWebAddressOrAKeywordInTheLocationOrCategories() {
        List<String> errors = new ArrayList<>();
        List<TimetableImport.Candidate> candidates = read(calendar("""
                        UID:d-1
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251006T083000
                        DTEND;TZID=Europe/Paris:20251006T120000
                        SUMMARY:Lien
                        LOCATION:https://teams.microsoft.com/l/meetup-join/abc
                        """, """
                        UID:d-2
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251007T083000
                        DTEND;TZID=Europe/Paris:20251007T120000
                        SUMMARY:Classe virtuelle
                        LOCATION:Classe virtuelle
                        """, """
                        UID:d-3
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251008T083000
                        DTEND;TZID=Europe/Paris:20251008T120000
                        SUMMARY:Catégorie
                        LOCATION:Salle A1
                        CATEGORIES:Distanciel
                        """, """
                        UID:d-5
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251010T083000
                        DTEND;TZID=Europe/Paris:20251010T120000
                        SUMMARY:Lien après un texte
                        LOCATION:Lien de connexion : https://meet.google.com/abc-defg-hij
                        """, """
                        UID:d-4
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251009T083000
                        DTEND;TZID=Europe/Paris:20251009T120000
                        SUMMARY:En salle
                        LOCATION:Atelier 3
                        """), errors);

        assertThat(errors).isEmpty();
        assertThat(candidates)
                .extracting(c -> c.session().mode())
                .containsExactly(
                        SessionMode.DISTANCE,
                        SessionMode.DISTANCE,
                        SessionMode.DISTANCE,
                        SessionMode.DISTANCE,
                        SessionMode.IN_PERSON);
        assertThat(candidates).extracting(c -> c.session().room()).containsExactly(null, null, null, null, "Atelier 3");
    }

    @Test
    void turnsEachOccurrenceOfARecurringEventWithinTheSchoolYearIntoASession() {
        List<String> errors = new ArrayList<>();
        List<TimetableImport.Candidate> candidates = read(calendar("""
                        UID:r-1
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251006T133000
                        DTEND;TZID=Europe/Paris:20251006T170000
                        RRULE:FREQ=WEEKLY;COUNT=3
                        SUMMARY:Atelier
                        """), errors);

        assertThat(errors).isEmpty();
        assertThat(candidates)
                .extracting(c -> c.session().day())
                .containsExactly(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 20));
        assertThat(candidates)
                .extracting(TimetableImport.Candidate::externalRef)
                .doesNotHaveDuplicates();
        assertThat(candidates).allSatisfy(c -> assertThat(c.session().start()).isEqualTo(LocalTime.of(13, 30)));
    }

    @Test
    void refusesAllDayAndSeveralDayEventsNamingThem() {
        List<String> errors = new ArrayList<>();
        read(calendar("""
                        UID:x-1
                        DTSTAMP:20250901T000000Z
                        DTSTART;VALUE=DATE:20251006
                        DTEND;VALUE=DATE:20251007
                        SUMMARY:Journée
                        """, """
                        UID:x-2
                        DTSTAMP:20250901T000000Z
                        DTSTART;TZID=Europe/Paris:20251006T083000
                        DTEND;TZID=Europe/Paris:20251007T120000
                        SUMMARY:Stage
                        """), errors);

        assertThat(errors)
                .containsExactly(
                        "Événement n° 1 « Journée » : un événement « journée entière » n'a pas d'horaires ;"
                                + " indiquez le début et la fin de la séance.",
                        "Événement n° 2 « Stage » : l'événement dure plusieurs jours ; une séance commence et finit"
                                + " le même jour.");
    }
}
