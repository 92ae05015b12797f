package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.contract.TrainingRecords;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.support.Logins;

/**
 * A free-text rupture cause no motive matches is listed on « Causes de rupture importées »; once a person of the CFA
 * maps it to a motive there, the ruptures already imported get that motive and the next imports use the mapping.
 */
@TrioIntegrationTest
class CauseMappingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    private Map<TdbColumn, String> ruptured(CfaInfo cfa, String lastName, String cause) {
        Map<TdbColumn, String> row = TdbFiles.row(cfa.uai(), "44182736459102", lastName, "Camille", "2006-04-04");
        row.put(TdbColumn.CONTRACT_1_RUPTURE, "2026-01-15");
        row.put(TdbColumn.CONTRACT_1_CAUSE, cause);
        return row;
    }

    private ImportService.Outcome importRow(ImportTarget target, Map<TdbColumn, String> row) {
        ImportAnalysis analysis =
                imports.analyse(TdbFiles.csv(List.of(row)), "causes.csv", target, ImportService.Progress.NONE);
        assertThat(analysis.errors()).as(analysis.issues().toString()).isZero();
        return imports.commit(analysis, target, null, ImportService.Progress.NONE);
    }

    private Long motiveOfRupture(String lastName) {
        return jdbc.sql("""
                        select r.expressed_motive_id from contract.rupture r
                          join referential.apprentice a on a.id = r.apprentice_id
                         where a.last_name = ?""").param(lastName).query(Long.class).optional().orElse(null);
    }

    @Test
    void listsAnUnknownCauseThenUsesThePersonsMappingForTheRupturesAndTheNextImports() throws Exception {
        long cfaId = jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
        CfaInfo cfa = referential.cfa(cfaId).orElseThrow();
        ImportTarget target = new ImportTarget(cfa.networkId(), Set.of(cfaId), false, "direction@demo.trio");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String cause = "Mésentente avec le tuteur n° " + suffix;
        String first = "Causeun" + suffix.replaceAll("[0-9]", "x");
        String second = "Causedeux" + suffix.replaceAll("[0-9]", "x");

        ImportService.Outcome before = importRow(target, ruptured(cfa, first, cause));

        assertThat(before.unmappedCauses()).isEqualTo(1);
        assertThat(motiveOfRupture(first)).isNull();
        assertThat(trainings.unmappedCauses(List.of(cfaId)))
                .extracting(TrainingRecords.UnmappedCause::cause)
                .contains(cause);
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/exchange/causes").with(new Logins(users).as(Role.CFA_DIRECTOR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page).contains(cause);

        long motive =
                trainings.expressedMotives(cfaId, LocalDate.now(clock)).get(0).id();
        String redirect = mvc.perform(post("/exchange/causes")
                        .with(csrf())
                        .with(new Logins(users).as(Role.CFA_DIRECTOR))
                        .param("cfaId", Long.toString(cfaId))
                        .param("cause", cause)
                        .param("motiveId", Long.toString(motive)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).isEqualTo("/exchange/causes");

        assertThat(motiveOfRupture(first)).isEqualTo(motive);
        assertThat(trainings.unmappedCauses(List.of(cfaId)))
                .extracting(TrainingRecords.UnmappedCause::cause)
                .doesNotContain(cause);
        assertThat(HtmlUtils.htmlUnescape(
                        mvc.perform(get("/exchange/causes").with(new Logins(users).as(Role.CFA_DIRECTOR)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString()))
                .as("the cause is no longer waiting; the mapping is listed")
                .contains(CauseMatcher.normalise(cause));

        // the same cause written differently in a later file: the mapping is used, nothing left to map
        ImportService.Outcome after =
                importRow(target, ruptured(cfa, second, "  MESENTENTE avec le tuteur N° " + suffix + " "));

        assertThat(after.unmappedCauses()).isZero();
        assertThat(motiveOfRupture(second)).isEqualTo(motive);
    }
}
