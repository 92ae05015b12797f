package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;

/** The valeur ajoutée (L6111-8) is computed by InserJeunes only: the pages say so instead of leaving it out. */
@TrioIntegrationTest
class IndicatorPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    CouncilDashboard dashboards;

    long cfa;

    @BeforeEach
    void aCfaOfItsOwn() {
        cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
    }

    @Test
    void showsTheValueAddedAsComputedNationallyAmongThePublishedIndicators() throws Exception {
        String page = mvc.perform(get("/quality/indicators")
                        .param("cfa", Long.toString(cfa))
                        .param("year", "2024-2025")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String published = page.substring(page.indexOf("id=\"indicateurs-publies\""));
        String row = published.substring(published.indexOf("data-key=\"insertion.value-added\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("Valeur ajoutée de l&#39;établissement")
                .contains("calculée nationalement (InserJeunes)")
                .doesNotContain("non disponible");
    }

    @Test
    void exportsTheValueAddedAsComputedNationally() throws Exception {
        MvcResult started = mvc.perform(get("/quality/indicators")
                        .param("cfa", Long.toString(cfa))
                        .param("year", "2024-2025")
                        .param("format", "csv")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn();
        // the export is streamed: its body is written by the asynchronous dispatch
        String csv = mvc.perform(asyncDispatch(started))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines().filter(line -> line.contains("Valeur ajoutée de l'établissement")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("calculée nationalement (InserJeunes)"));
    }

    @Test
    void putsTheValueAddedOnTheConseilsDashboardAsComputedNationally() {
        IndicatorResult valueAdded =
                dashboards.of(cfa, new SchoolYear(2024), LocalDate.of(2025, 11, 20)).indicators().stream()
                        .filter(result -> result.key().equals(IndicatorKeys.VALUE_ADDED))
                        .findFirst()
                        .orElseThrow();

        assertThat(valueAdded.state()).isEqualTo(IndicatorResult.State.NATIONAL);
        assertThat(valueAdded.value()).isNull();
    }
}
