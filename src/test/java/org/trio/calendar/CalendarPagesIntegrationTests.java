package org.trio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;

@TrioIntegrationTest
class CalendarPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendars;

    private UserDetails account(String username) {
        return users.loadUserByUsername(username);
    }

    private long demoContract() {
        return jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select person_id"
                        + " from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
    }

    @Test
    void servesAPrivateFeedThatParsesAsValidICalendarUntilItIsRevoked() throws Exception {
        MvcResult issued = mvc.perform(post("/calendar/feed").with(csrf()).with(user(account("apprenti@demo.trio"))))
                .andReturn();
        String url = (String) issued.getFlashMap().get("feedUrl");
        assertThat(url).contains("/ical/").endsWith(".ics");
        String path = url.substring(url.indexOf("/ical/"));

        MockHttpServletResponse feed = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getContentAsString()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        int periods = calendars.contractCalendar(demoContract()).size();
        assertThat(periods).isPositive();
        assertThat(events).hasSizeGreaterThanOrEqualTo(periods);
        assertThat(feed.getContentAsString()).contains("SUMMARY:Au CFA").contains("SUMMARY:En entreprise");

        mvc.perform(post("/calendar/feed/revoke").with(csrf()).with(user(account("apprenti@demo.trio"))));
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void refusesAnOverlappingContractPeriodWithAMessageNamingTheField() throws Exception {
        long contract = demoContract();
        LocalDate start = freeMondayOf(contract);
        String first = mvc.perform(post("/calendar/contracts/" + contract + "/periods")
                        .with(csrf())
                        .with(user(account("secretariat@demo.trio")))
                        .param("kind", "TELEWORK")
                        .param("start", start.toString())
                        .param("end", start.plusDays(4).toString()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(first).isEqualTo("/calendar/contracts/" + contract);

        String overlap = mvc.perform(post("/calendar/contracts/" + contract + "/periods")
                        .with(csrf())
                        .with(user(account("secretariat@demo.trio")))
                        .param("kind", "CFA")
                        .param("start", start.plusDays(2).toString())
                        .param("end", start.plusDays(9).toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overlap).contains("Début de la période : elle chevauche une période déjà saisie de ce calendrier.");

        String order = mvc.perform(post("/calendar/contracts/" + contract + "/periods")
                        .with(csrf())
                        .with(user(account("secretariat@demo.trio")))
                        .param("kind", "CFA")
                        .param("start", start.plusDays(30).toString())
                        .param("end", start.plusDays(20).toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(order).contains("Fin de la période : elle doit suivre le début.");

        String missing = mvc.perform(post("/calendar/contracts/" + contract + "/periods")
                        .with(csrf())
                        .with(user(account("secretariat@demo.trio")))
                        .param("kind", "CFA"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing).contains("Début de la période : ce champ est obligatoire.");
        assertThat(calendars.contractCalendar(contract))
                .filteredOn(
                        period -> period.contractId() != null && period.start().equals(start))
                .hasSize(1);
    }

    /**
     * A Monday of the contract, two months at least before its end, with no period of its own in the five weeks from
     * then (periods must lie within the contract's dates).
     */
    private LocalDate freeMondayOf(long contract) {
        LocalDate end = jdbc.sql("select end_date from contract.apprenticeship_contract where id = ?")
                .param(contract)
                .query(LocalDate.class)
                .single();
        List<AlternancePeriod> own = calendars.contractCalendar(contract).stream()
                .filter(period -> period.contractId() != null)
                .toList();
        LocalDate monday = end.minusMonths(2).with(java.time.DayOfWeek.MONDAY);
        while (true) {
            LocalDate from = monday;
            if (own.stream()
                    .noneMatch(period ->
                            !period.end().isBefore(from) && !period.start().isAfter(from.plusDays(35)))) {
                return monday;
            }
            monday = monday.minusWeeks(1);
        }
    }

    @Test
    void listsTheCalendarOfTheirApprenticeForAMaitreWhoseIdIsAbove127() throws Exception {
        record Followed(long contract, long mentor) {}
        Followed followed = jdbc.sql("select id as contract, mentor1_id as mentor from contract.apprenticeship_contract"
                        + " where mentor1_id > 127 and rupture_date is null and start_date <= current_date"
                        + " and end_date > current_date order by id limit 1")
                .query(Followed.class)
                .single();
        UserDetails maitre = new org.trio.access.internal.TrioUserDetails(
                new org.trio.access.CurrentUser(
                        -1,
                        "maitre-calendrier@test.trio",
                        "Maître d'essai",
                        org.trio.access.Role.MENTOR,
                        null,
                        null,
                        null,
                        // a new Long each time, as read from the database: never the same object as the contract's
                        Long.valueOf(Long.toString(followed.mentor()))),
                "",
                true,
                false);

        String page = mvc.perform(get("/calendar").with(user(maitre)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("href=\"/calendar/contracts/" + followed.contract() + "\"");
    }

    @Test
    void showsTheMergedCalendarAsMonthGridsWithATextLegend() throws Exception {
        String page = mvc.perform(get("/calendar/contracts/" + demoContract()).with(user(account("maitre@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("calendar-month")
                .contains("Au CFA")
                .contains("En entreprise")
                .contains("Légende");
    }
}
