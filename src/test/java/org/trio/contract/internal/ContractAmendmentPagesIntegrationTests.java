package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.StatusManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.support.Logins;

/**
 * Contract changes made through the pages: a contract recorded with the form, a prolongation after an exam failure
 * (amendment 33) and a change of maître (amendment 36); the apprentice's training page shows the contract history and
 * the status of every day follows.
 */
@TrioIntegrationTest
class ContractAmendmentPagesIntegrationTests {

    private static final LocalDate SESSION_START = LocalDate.of(2024, 9, 2);
    private static final LocalDate SESSION_END = LocalDate.of(2026, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ContractFixtures fixtures;

    @Autowired
    StatusManagement statuses;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    private Logins logins;

    @BeforeEach
    void logins() {
        logins = new Logins(users);
    }

    private MockHttpServletRequestBuilder asDirection(MockHttpServletRequestBuilder request) {
        return request.with(logins.as(Role.CFA_DIRECTOR)).with(csrf());
    }

    private ApprenticeStatus statusOn(long apprentice, LocalDate day) {
        return statuses.statusOn(apprentice, day).orElseThrow().status();
    }

    @Test
    void prolongsAfterAnExamFailureAndChangesTheMaitreAndShowsTheHistoryAndTheStatuses() throws Exception {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 2, 14));
        long enrolment = fixtures.enrol(apprentice, SESSION_START, SESSION_END);
        fixtures.enrol(apprentice, SESSION_START, SESSION_END, 2025, 2);
        ContractFixtures.Company company = fixtures.company();

        // A first contract for one year, recorded with the form.
        mvc.perform(asDirection(post("/enrolments/" + enrolment + "/contracts/new"))
                        .param("employerSiret", company.employer().siret())
                        .param("mentor1Id", Long.toString(company.mentor1()))
                        .param("contractType", "11")
                        .param("contractMode", "1")
                        .param("conclusionDate", "2024-08-26")
                        .param("startDate", "2024-09-02")
                        .param("practicalTrainingStart", "2024-09-02")
                        .param("endDate", "2025-08-31")
                        .param("weeklyHours", "35"))
                .andExpect(status().is3xxRedirection());
        long contract = jdbc.sql("select id from contract.apprenticeship_contract where apprentice_id = ?")
                .param(apprentice)
                .query(Long.class)
                .single();
        // Without an amendment, the contract ends on 31 August 2025 and the session runs on: rupturant in October.
        assertThat(statusOn(apprentice, LocalDate.of(2025, 8, 31))).isEqualTo(ApprenticeStatus.APPRENTICE);
        assertThat(statusOn(apprentice, LocalDate.of(2025, 10, 15))).isEqualTo(ApprenticeStatus.TERMINATED);

        // The exam is failed in June 2025: the contract is prolonged by a year (amendment 33).
        mvc.perform(asDirection(post("/contracts/" + contract + "/amendments/new"))
                        .param("amendmentType", "33")
                        .param("conclusionDate", "2025-07-08")
                        .param("effectiveDate", "2025-07-10")
                        .param("newEndDate", "2026-08-31")
                        .param("mentor1Id", Long.toString(company.mentor1()))
                        .param("weeklyHours", "35")
                        .param("note", "Échec au CAP en juin 2025"))
                .andExpect(redirectedUrl("/contracts/" + contract));
        assertThat(statusOn(apprentice, LocalDate.of(2025, 10, 15))).isEqualTo(ApprenticeStatus.APPRENTICE);
        assertThat(statusOn(apprentice, SESSION_END)).isEqualTo(ApprenticeStatus.TRAINING_ENDED);

        // The maître changes in November (amendment 36): the second maître takes over.
        mvc.perform(asDirection(post("/contracts/" + contract + "/amendments/new"))
                        .param("amendmentType", "36")
                        .param("conclusionDate", "2025-10-30")
                        .param("effectiveDate", "2025-11-03")
                        .param("newEndDate", "2026-08-31")
                        .param("mentor1Id", Long.toString(company.mentor2()))
                        .param("weeklyHours", "35"))
                .andExpect(redirectedUrl("/contracts/" + contract));
        assertThat(statusOn(apprentice, LocalDate.of(2025, 11, 15))).isEqualTo(ApprenticeStatus.APPRENTICE);
        assertThat(statusOn(apprentice, LocalDate.of(2026, 6, 29))).isEqualTo(ApprenticeStatus.APPRENTICE);
        assertThat(statusOn(apprentice, SESSION_END)).isEqualTo(ApprenticeStatus.TRAINING_ENDED);

        assertThat(jdbc.sql("""
                        select amendment_type || ':' || previous_end_date || '>' || new_end_date || ':'
                               || (previous_mentor1_id = new_mentor1_id)
                          from contract.amendment where contract_id = ? order by effective_date""").param(contract).query(String.class).list())
                .containsExactly("33:2025-08-31>2026-08-31:true", "36:2026-08-31>2026-08-31:false");

        // The training page: one contract, its two amendments, the new maître, the prolonged end, no rupture.
        String html = mvc.perform(asDirection(get("/apprentices/" + apprentice + "/training")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        List<Element> rows = page.select("table:has(caption:contains(Contrats)) tbody tr");
        assertThat(rows).hasSize(1);
        List<String> cells = rows.get(0).select("td").eachText();
        assertThat(cells.get(0)).isEqualTo("11 2 avenant(s)");
        assertThat(cells.get(1)).isEqualTo(company.employer().name());
        assertThat(cells.get(2))
                .isEqualTo(referential.mentor(company.mentor2()).orElseThrow().fullName());
        assertThat(cells.get(3)).isEqualTo("02/09/2024 → 31/08/2026");
        assertThat(cells.get(4)).isEqualTo("—");
        // The status history: apprentice from the start to the day before the session's last day, which ends it.
        List<String> history = page.select("details table tbody tr").eachText();
        assertThat(history).anyMatch(line -> line.contains("Apprenti") && line.contains("02/09/2024"));
        assertThat(history).noneMatch(line -> line.contains("Rupturant"));
    }

    /**
     * lifecycle.md §4: contract type codes 11, 21, 22, 23 for a contract, 31–37 for an amendment. The contract form
     * offers only the contract types, and a contract typed with an amendment code (35) is refused.
     */
    @Test
    void offersOnlyContractTypeCodesInTheContractFormAndRefusesAnAmendmentCode() throws Exception {
        long apprentice = fixtures.apprentice(LocalDate.of(2005, 6, 3));
        long enrolment = fixtures.enrol(apprentice, SESSION_START, SESSION_END);
        ContractFixtures.Company company = fixtures.company();

        Document form = Jsoup.parse(mvc.perform(asDirection(get("/enrolments/" + enrolment + "/contracts/new")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("select#contractType option").eachAttr("value")).containsExactly("11", "21", "22", "23");

        String refused = mvc.perform(asDirection(post("/enrolments/" + enrolment + "/contracts/new"))
                        .param("employerSiret", company.employer().siret())
                        .param("mentor1Id", Long.toString(company.mentor1()))
                        .param("contractType", "35")
                        .param("contractMode", "1")
                        .param("conclusionDate", "2024-08-26")
                        .param("startDate", "2024-09-02")
                        .param("practicalTrainingStart", "2024-09-02")
                        .param("endDate", "2026-08-31")
                        .param("weeklyHours", "35"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(refused).select("select#contractType.is-invalid"))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from contract.apprenticeship_contract where apprentice_id = ?")
                        .param(apprentice)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(asDirection(post("/enrolments/" + enrolment + "/contracts/new"))
                        .param("employerSiret", company.employer().siret())
                        .param("mentor1Id", Long.toString(company.mentor1()))
                        .param("contractType", "11")
                        .param("contractMode", "1")
                        .param("conclusionDate", "2024-08-26")
                        .param("startDate", "2024-09-02")
                        .param("practicalTrainingStart", "2024-09-02")
                        .param("endDate", "2026-08-31")
                        .param("weeklyHours", "35"))
                .andExpect(status().is3xxRedirection());
        long contract = jdbc.sql("select id from contract.apprenticeship_contract where apprentice_id = ?")
                .param(apprentice)
                .query(Long.class)
                .single();
        Document amendment = Jsoup.parse(mvc.perform(asDirection(get("/contracts/" + contract + "/amendments/new")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(amendment.select("select#amendmentType option").eachAttr("value"))
                .containsExactly("31", "32", "33", "34", "35", "36", "37");
    }
}
