package org.trio.attendance.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionMode;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.support.BrowserTest;

/** The trainer takes a roll call on a phone: everyone is present, they tap the exceptions, save, and see the rate. */
@TrioIntegrationTest
class RollCallBrowserIntegrationTests extends BrowserTest {

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    JdbcClient jdbc;

    @Test
    void takesARollCallOnAPhoneAndShowsTheCohortsRateChange() {
        AttendanceFixtures fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
        AttendanceFixtures.Cohort cohort = fixtures.cohort(3);
        long trainer = fixtures.personOf("formateur@demo.trio");
        long first = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 8, 30, SessionMode.IN_PERSON, trainer);
        attendance.takeRollCall(
                first,
                cohort.apprentices().stream()
                        .map(id -> new RollCallEntry(id, AttendanceStatus.PRESENT, null))
                        .toList());
        long second = fixtures.session(cohort.id(), AttendanceFixtures.MONDAY, 13, 0, SessionMode.IN_PERSON, trainer);

        openPhone();
        login(Role.TUTOR);
        page.navigate(url("/attendance/sessions/" + second + "/roll-call"));
        assertThat(page.locator("[data-cohort-rate]")).hasText("100,0 %");
        assertThat(page.locator("fieldset.roll-line")).hasCount(3);

        Locator lines = page.locator("fieldset.roll-line");
        lines.nth(0)
                .getByText("Absent", new Locator.GetByTextOptions().setExact(true))
                .click();
        lines.nth(1)
                .getByText("Retard", new Locator.GetByTextOptions().setExact(true))
                .click();
        lines.nth(1).getByLabel("Minutes de retard").fill("30");
        screenshot("appel-saisi");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("Enregistrer l.appel")))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Appel enregistré");
        assertThat(page.locator("[data-roll-call-counts]"))
                .hasText("Présents : 1 · absents : 1 · retards : 1 · excusés : 0");
        assertThat(page.locator("[data-cohort-rate]")).hasText("81,0 %");
        assertThat(page.locator("[data-session-rate]")).hasText("61,9 %");
        screenshot("appel-enregistre");
        List<String> statuses = jdbc.sql(
                        "select status from attendance.attendance_record where session_id = :s" + " order by status")
                .param("s", second)
                .query(String.class)
                .list();
        org.assertj.core.api.Assertions.assertThat(statuses).containsExactly("ABSENT", "LATE", "PRESENT");
    }
}
