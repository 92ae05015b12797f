package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.attendance.AbsenceThresholdReached;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionMode;
import org.trio.attendance.ThresholdKind;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestOrganisations;

/**
 * Thresholds of absence: the late arrivals of a month reaching the default threshold, and the direction of a CFA of the
 * test's own setting its CFA's value from a date, which then applies to its apprentices.
 */
@TrioIntegrationTest
@RecordApplicationEvents
class ThresholdIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AttendanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
    }

    private long lateAt(AttendanceFixtures.Cohort cohort, LocalDate day, int hour) {
        long session = fixtures.session(cohort.id(), day, hour, hour == 8 ? 30 : 0, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(
                session, List.of(new RollCallEntry(cohort.apprentices().get(0), AttendanceStatus.LATE, 10)));
        return session;
    }

    private List<AbsenceThresholdReached> lateAlerts(long apprentice) {
        return events.stream(AbsenceThresholdReached.class)
                .filter(e -> e.apprenticeId() == apprentice && e.kind() == ThresholdKind.LATE_ARRIVALS_PER_MONTH)
                .toList();
    }

    @Test
    void signalsTheThirdLateArrivalOfAMonthOnceAndNotTheFourth() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        LocalDate monday = AttendanceFixtures.MONDAY;

        lateAt(cohort, monday, 8);
        lateAt(cohort, monday, 13);
        assertThat(lateAlerts(apprentice)).isEmpty();
        lateAt(cohort, monday.plusDays(1), 8);
        long fourth = lateAt(cohort, monday.plusDays(1), 13);
        attendance.takeRollCall(
                fourth, List.of(new RollCallEntry(cohort.apprentices().get(0), AttendanceStatus.LATE, 15)));

        assertThat(lateAlerts(apprentice)).singleElement().satisfies(event -> {
            assertThat(event.measured()).isEqualByComparingTo("3");
            assertThat(event.threshold()).isEqualByComparingTo("3");
            assertThat(event.periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(event.periodEnd()).isEqualTo(LocalDate.of(2025, 10, 31));
        });
        assertThat(events.stream(AbsenceThresholdReached.class).filter(e -> e.apprenticeId() == apprentice))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from attendance.threshold_alert where apprentice_id = :a")
                        .param("a", apprentice)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void signalsTheUnjustifiedHoursOfARollCallCorrectedFromPresentToAbsent() {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        LocalDate wednesday = AttendanceFixtures.MONDAY.plusDays(2);
        long morning = fixtures.session(cohort.id(), wednesday, 8, 30, SessionMode.IN_PERSON, null);
        long afternoon = fixtures.session(cohort.id(), wednesday, 13, 0, SessionMode.IN_PERSON, null);
        attendance.takeRollCall(morning, List.of());
        attendance.takeRollCall(afternoon, List.of());

        attendance.takeRollCall(morning, List.of(new RollCallEntry(apprentice, AttendanceStatus.ABSENT, null)));
        attendance.takeRollCall(afternoon, List.of(new RollCallEntry(apprentice, AttendanceStatus.ABSENT, null)));

        assertThat(attendance
                        .summaryOfApprentice(
                                apprentice,
                                new org.trio.shared.DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)))
                        .unjustifiedAbsenceMinutes())
                .isEqualTo(420);
        assertThat(events.stream(AbsenceThresholdReached.class).filter(e -> e.apprenticeId() == apprentice))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH);
                    assertThat(event.measured()).isEqualByComparingTo("7.00");
                });
    }

    @Test
    void letsTheDirectionOfACfaSetItsOwnValueFromADateClosingThePreviousOne() throws Exception {
        long cfa = TestOrganisations.aNewCfa(referential);
        long network = referential.cfa(cfa).orElseThrow().networkId();
        long site = fixtures.site(cfa);
        long programme = referential.programmesOfNetwork(network).get(0).id();
        AttendanceFixtures.Cohort cohort = fixtures.cohort(cfa, site, programme, 1, AttendanceFixtures.MINOR);
        RequestPostProcessor direction = user(new TrioUserDetails(
                new CurrentUser(
                        -1, "direction-seuils@test.trio", "Direction", Role.CFA_DIRECTOR, network, cfa, null, null),
                "",
                true,
                false));

        MvcResult first = mvc.perform(post("/attendance/thresholds")
                        .with(direction)
                        .with(csrf())
                        .param("kind", "LATE_ARRIVALS_PER_MONTH")
                        .param("value", "2")
                        .param("validFrom", "2025-09-01"))
                .andReturn();
        MvcResult second = mvc.perform(post("/attendance/thresholds")
                        .with(direction)
                        .with(csrf())
                        .param("kind", "LATE_ARRIVALS_PER_MONTH")
                        .param("value", "4.5")
                        .param("validFrom", "2025-11-01"))
                .andReturn();

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/attendance/thresholds");
        assertThat(first.getFlashMap().get("notice")).isEqualTo("Seuil enregistré.");
        assertThat(second.getFlashMap().get("notice")).isEqualTo("Seuil enregistré.");
        assertThat(jdbc.sql("select value || ' ' || valid_from || ' ' || coalesce(valid_to::text, '-') from"
                                + " attendance.absence_threshold where cfa_id = :cfa order by valid_from")
                        .param("cfa", cfa)
                        .query(String.class)
                        .list())
                .containsExactly("2.00 2025-09-01 2025-10-31", "4.50 2025-11-01 -");
        assertThat(thresholds.valueFor(ThresholdKind.LATE_ARRIVALS_PER_MONTH, network, cfa, LocalDate.of(2025, 10, 31)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(thresholds.valueFor(
                        ThresholdKind.LATE_ARRIVALS_PER_MONTH, network, fixtures.demoCfa(), LocalDate.of(2025, 10, 31)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(thresholds.valueFor(
                        ThresholdKind.UNJUSTIFIED_HOURS_PER_MONTH, network, cfa, LocalDate.of(2025, 10, 31)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        String page = mvc.perform(get("/attendance/thresholds").with(direction))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<td>Votre CFA</td>")
                .contains(">2,00</td>")
                .contains("Du 01/09/2025 au 31/10/2025")
                .contains(">4,50</td>")
                .contains("Depuis le 01/11/2025");

        String earlier = mvc.perform(post("/attendance/thresholds")
                        .with(direction)
                        .with(csrf())
                        .param("kind", "LATE_ARRIVALS_PER_MONTH")
                        .param("value", "5")
                        .param("validFrom", "2025-10-15"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String zero = mvc.perform(post("/attendance/thresholds")
                        .with(direction)
                        .with(csrf())
                        .param("kind", "LATE_ARRIVALS_PER_MONTH")
                        .param("value", "0")
                        .param("validFrom", "2026-01-01"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String missing = mvc.perform(post("/attendance/thresholds")
                        .with(direction)
                        .with(csrf())
                        .param("kind", "LATE_ARRIVALS_PER_MONTH")
                        .param("validFrom", "2026-01-01"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(earlier)
                .contains("Date d&#39;effet : elle doit suivre le samedi 1 novembre 2025, date d&#39;effet de la valeur"
                        + " en vigueur.");
        assertThat(zero).contains("Valeur : elle doit être comprise entre 0 (exclu) et 999.");
        assertThat(missing).contains("Valeur : ce champ est obligatoire.");
        assertThat(jdbc.sql("select count(*) from attendance.absence_threshold where cfa_id = :cfa")
                        .param("cfa", cfa)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        long apprentice = cohort.apprentices().get(0);
        lateAt(cohort, AttendanceFixtures.MONDAY, 8);
        assertThat(lateAlerts(apprentice)).isEmpty();
        lateAt(cohort, AttendanceFixtures.MONDAY, 13);

        assertThat(lateAlerts(apprentice)).singleElement().satisfies(event -> {
            assertThat(event.measured()).isEqualByComparingTo("2");
            assertThat(event.threshold()).isEqualByComparingTo("2");
        });
    }
}
