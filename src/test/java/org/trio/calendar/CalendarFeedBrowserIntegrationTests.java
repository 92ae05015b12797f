package org.trio.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/**
 * The apprentice, on a phone, creates the private address of her calendar; that address, fetched without any session
 * as a phone's agenda would, gives a feed that parses and validates as iCalendar, with one event per period of her
 * contract's calendar at least.
 */
@TrioIntegrationTest
class CalendarFeedBrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendars;

    @Test
    void givesTheApprenticeAPrivateAddressWhoseFeedParsesAsICalendar() throws Exception {
        long contract = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();

        openPhone();
        login(Role.APPRENTICE);
        page.navigate(url("/calendar"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile(
                                        "Créer mon adresse d'abonnement|Remplacer par une nouvelle" + " adresse")))
                .click();
        var address = page.getByLabel("Adresse de l'abonnement");
        assertThat(address).hasValue(Pattern.compile(".*/ical/[^/]+\\.ics$"));
        screenshot("adresse-abonnement-telephone");
        String feedUrl = address.inputValue();
        // once the address has been shown, the page tells which one is active, by its last characters only
        page.navigate(url("/calendar"));
        assertThat(page.locator("#flux")).containsText("Une adresse privée est active depuis le");
        assertThat(page.locator("#flux")).containsText(feedUrl.substring(feedUrl.length() - 8, feedUrl.length() - 4));

        // fetched as an agenda would: no cookie, only the private address
        HttpResponse<String> feed = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(feedUrl)).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(feed.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(feed.headers().firstValue("content-type"))
                .hasValueSatisfying(
                        type -> org.assertj.core.api.Assertions.assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        int periods = calendars.contractCalendar(contract).size();
        org.assertj.core.api.Assertions.assertThat(periods).isPositive();
        org.assertj.core.api.Assertions.assertThat(events).hasSizeGreaterThanOrEqualTo(periods);
        org.assertj.core.api.Assertions.assertThat(feed.body()).contains("SUMMARY:Au CFA");
    }
}
