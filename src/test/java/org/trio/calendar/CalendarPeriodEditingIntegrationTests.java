package org.trio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestTrainings;

/**
 * Periods of a cohort's and of a contract's calendar changed and deleted from the calendar page: a change that would
 * overlap another period, end before it starts or leave the cohort's school year (the contract's dates) is refused with
 * a French error naming the field, and the period stays as it was.
 */
@TrioIntegrationTest
class CalendarPeriodEditingIntegrationTests {

    private static final int YEAR = 2025;

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TrainingRecords records;

    @Autowired
    ContractManagement contracts;

    TestTrainings trainings;
    long cohort;
    long cfaWeek;
    long companyWeeks;
    ContractInfo contract;

    @BeforeEach
    void aCohortWithTwoPeriodsAndAContract() {
        trainings = new TestTrainings(referential, enrolments, records, contracts);
        long programme = trainings.twoYearProgrammes().get(0).id();
        cohort = trainings.cohort(programme, YEAR);
        cfaWeek = calendars.addCohortPeriod(
                cohort, new NewPeriod(PeriodKind.CFA, day("2025-09-01"), day("2025-09-05"), "Rentrée"));
        companyWeeks = calendars.addCohortPeriod(
                cohort, new NewPeriod(PeriodKind.COMPANY, day("2025-09-08"), day("2025-09-26"), null));
        long apprentice = trainings.apprentice("Calendrier", null);
        trainings.enrol(apprentice, programme, cohort, YEAR);
        contract = trainings.contract(apprentice, programme, YEAR, day("2025-09-01"), day("2027-08-31"), null);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private UserDetails secretariat() {
        return new TrioUserDetails(
                new CurrentUser(
                        -1,
                        "secretariat-calendrier@test.trio",
                        "Secrétariat d'essai",
                        Role.SECRETARIAT,
                        trainings.network,
                        trainings.cfa,
                        null,
                        null),
                "",
                true,
                false);
    }

    private MockHttpServletResponse change(String path, String kind, String start, String end) throws Exception {
        return mvc.perform(post(path)
                        .with(csrf())
                        .with(user(secretariat()))
                        .param("kind", kind)
                        .param("start", start)
                        .param("end", end)
                        .param("label", "Modifiée"))
                .andReturn()
                .getResponse();
    }

    private AlternancePeriod period(long id) {
        return calendars.period(id).orElseThrow();
    }

    @Test
    void changesACohortPeriodFromTheCalendarPageAndRefusesOverlapsAndDaysOutsideTheSchoolYear() throws Exception {
        String base = "/calendar/cohorts/" + cohort;
        String form = mvc.perform(get(base + "/periods/" + companyWeeks).with(user(secretariat())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("action=\"" + base + "/periods/" + companyWeeks + "\"")
                .contains("value=\"2025-09-08\"")
                .contains("value=\"2025-09-26\"")
                .contains("Modifier la période du 08/09/2025")
                .contains("href=\"" + base + "/periods/" + cfaWeek + "#periode\"");

        AlternancePeriod before = period(companyWeeks);
        String overlap = change(base + "/periods/" + companyWeeks, "COMPANY", "2025-09-04", "2025-09-26")
                .getContentAsString();
        assertThat(overlap).contains("Début de la période : elle chevauche une période déjà saisie de ce calendrier.");
        String outside = change(base + "/periods/" + companyWeeks, "COMPANY", "2026-07-06", "2026-08-14")
                .getContentAsString();
        assertThat(outside)
                .contains("Fin de la période : hors de l&#39;année scolaire")
                .contains("(du 01/08/2025 au 31/07/2026)");
        String order = change(base + "/periods/" + companyWeeks, "COMPANY", "2025-10-10", "2025-10-01")
                .getContentAsString();
        assertThat(order).contains("Fin de la période : elle doit suivre le début.");
        String added =
                change(base + "/periods", "CFA", "2025-07-21", "2025-07-25").getContentAsString();
        assertThat(added).contains("Début de la période : hors de l&#39;année scolaire");
        assertThat(period(companyWeeks)).isEqualTo(before);
        assertThat(calendars.cohortCalendar(cohort)).hasSize(2);

        MockHttpServletResponse saved =
                change(base + "/periods/" + companyWeeks, "TELEWORK", "2025-09-08", "2025-10-03");
        assertThat(saved.getRedirectedUrl()).isEqualTo(base);
        AlternancePeriod changed = period(companyWeeks);
        assertThat(changed.kind()).isEqualTo(PeriodKind.TELEWORK);
        assertThat(changed.end()).isEqualTo(day("2025-10-03"));
        assertThat(changed.label()).isEqualTo("Modifiée");
        // a period may keep its own days: it does not overlap itself
        assertThat(change(base + "/periods/" + cfaWeek, "EXAM", "2025-09-01", "2025-09-05")
                        .getRedirectedUrl())
                .isEqualTo(base);
        assertThat(period(cfaWeek).kind()).isEqualTo(PeriodKind.EXAM);

        // another cohort's period is not reachable through this cohort's address
        long otherCohort = trainings.cohort(trainings.twoYearProgrammes().get(1).id(), YEAR);
        assertThat(change(
                                "/calendar/cohorts/" + otherCohort + "/periods/" + companyWeeks,
                                "CFA",
                                "2025-09-08",
                                "2025-09-12")
                        .getStatus())
                .isEqualTo(404);

        mvc.perform(post(base + "/periods/" + cfaWeek + "/delete").with(csrf()).with(user(secretariat())));
        assertThat(calendars.cohortCalendar(cohort))
                .extracting(AlternancePeriod::id)
                .containsExactly(companyWeeks);
    }

    @Test
    void changesAndDeletesAContractsOwnPeriodWithinTheContractsDatesOnly() throws Exception {
        String base = "/calendar/contracts/" + contract.id();
        long own = calendars.addContractPeriod(
                contract.id(), new NewPeriod(PeriodKind.TELEWORK, day("2025-10-06"), day("2025-10-10"), null));
        String page = mvc.perform(get(base).with(user(secretariat())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"" + base + "/periods/" + own + "#periode\"");

        String outside = change(base + "/periods/" + own, "TELEWORK", "2027-08-23", "2027-09-10")
                .getContentAsString();
        assertThat(outside).contains("Fin de la période : hors des dates du contrat (du 01/09/2025 au 31/08/2027).");
        String before = change(base + "/periods/" + own, "TELEWORK", "2025-08-25", "2025-09-05")
                .getContentAsString();
        assertThat(before).contains("Début de la période : hors des dates du contrat");
        assertThat(period(own).end()).isEqualTo(day("2025-10-10"));

        assertThat(change(base + "/periods/" + own, "COMPANY", "2025-10-06", "2025-10-17")
                        .getRedirectedUrl())
                .isEqualTo(base);
        assertThat(calendars.kindOn(contract.id(), day("2025-10-15"))).contains(PeriodKind.COMPANY);

        mvc.perform(post(base + "/periods/" + own + "/delete").with(csrf()).with(user(secretariat())));
        assertThat(calendars.period(own)).isEmpty();
        // the cohort's rhythm applies again on those days
        assertThat(calendars.kindOn(contract.id(), day("2025-10-15"))).isEmpty();
        assertThat(calendars.kindOn(contract.id(), day("2025-09-10"))).contains(PeriodKind.COMPANY);
    }
}
