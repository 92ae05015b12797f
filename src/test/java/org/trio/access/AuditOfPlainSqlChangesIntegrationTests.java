package org.trio.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.TrainingRecords;
import org.trio.support.Logins;

/**
 * Changes written in plain SQL (not through JPA, whose changes the Hibernate listener traces) reach the audit trail
 * too, as creations and updates with their old and new values, and the direction reads them on its audit page.
 */
@TrioIntegrationTest
class AuditOfPlainSqlChangesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    ContractManagement contracts;

    @Autowired
    Clock clock;

    record Entry(String username, String role, String action, String entityId, Long apprenticeId, String details) {}

    private Logins logins() {
        return new Logins(users);
    }

    private List<Entry> entries(String entityType, String entityIdLike) {
        return jdbc.sql("select username, role, action, entity_id, apprentice_id, details from access.audit_event"
                        + " where entity_type = ? and entity_id like ? order by id")
                .params(entityType, entityIdLike)
                .query(Entry.class)
                .list();
    }

    @Test
    void tracesARuptureCauseMappingAsACreationThenAnUpdateFromTheOldToTheNewMotive() throws Exception {
        long cfa = jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
        List<TrainingRecords.Motive> motives = trainings.expressedMotives(cfa, LocalDate.now(clock));
        assertThat(motives).hasSizeGreaterThanOrEqualTo(2);
        long first = motives.get(0).id();
        long second = motives.get(1).id();
        String cause = "cause d essai " + UUID.randomUUID().toString().substring(0, 8);

        map(cfa, cause, first);
        map(cfa, cause, second);

        List<Entry> entries = entries("exchange.cause_mapping", cfa + " " + cause);
        assertThat(entries)
                .extracting(Entry::action, Entry::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CREATE", "motive_id : " + first),
                        org.assertj.core.groups.Tuple.tuple("UPDATE", "motive_id : " + first + " → " + second));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("direction@demo.trio");
            assertThat(entry.role()).isEqualTo("CFA_DIRECTOR");
        });

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/audit").param("q", "exchange.cause_mapping").with(logins().as(Role.CFA_DIRECTOR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page)
                .contains("exchange.cause_mapping " + cfa + " " + cause)
                .contains("motive_id : " + first + " → " + second)
                .contains("Modification")
                .contains("Création")
                .contains("direction@demo.trio");
    }

    private void map(long cfa, String cause, long motive) throws Exception {
        String redirect = mvc.perform(post("/exchange/causes")
                        .with(csrf())
                        .with(logins().as(Role.CFA_DIRECTOR))
                        .param("cfaId", Long.toString(cfa))
                        .param("cause", cause)
                        .param("motiveId", Long.toString(motive)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).isEqualTo("/exchange/causes");
    }

    @Test
    void tracesTheCommentAndTheAcknowledgementOfAVisitReportOnTheApprenticesFile() throws Exception {
        long contract = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
        ContractInfo info = contracts.contract(contract).orElseThrow();
        LocalDate day = info.startDate().plusDays(20);
        mvc.perform(post("/visits/contracts/" + contract)
                .with(csrf())
                .with(logins().as(Role.TUTOR))
                .param("ruleCode", "")
                .param("mode", "ON_SITE")
                .param("plannedOn", day.toString())
                .param("visitorName", "Formateur de l'audit"));
        long visit = jdbc.sql("select max(id) from visit.visit where contract_id = ? and visitor_name = ?")
                .params(contract, "Formateur de l'audit")
                .query(Long.class)
                .single();
        String filed = mvc.perform(post("/visits/" + visit + "/report")
                        .with(csrf())
                        .with(logins().as(Role.TUTOR))
                        .param("visitedOn", day.toString())
                        .param("integration", "Bien intégré")
                        .param("missions", "Pose de cloisons")
                        .param("means", "Outillage fourni")
                        .param("relationship", "Bonne entente")
                        .param("attendance", "Assidu")
                        .param("riskLevel", "LOW"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(filed).startsWith("/visits/reports/");
        long report = Long.parseLong(filed.substring("/visits/reports/".length()));

        mvc.perform(post("/visits/reports/" + report + "/comments")
                .with(csrf())
                .with(logins().as(Role.MENTOR))
                .param("body", "Les chaussures sont commandées."));
        mvc.perform(
                post("/visits/reports/" + report + "/acknowledge").with(csrf()).with(logins().as(Role.MENTOR)));

        long comment = jdbc.sql("select id from visit.report_comment where report_id = ?")
                .param(report)
                .query(Long.class)
                .single();
        List<Entry> comments = entries("visit.report_comment", Long.toString(comment));
        assertThat(comments).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATE");
            assertThat(entry.username()).isEqualTo("maitre@demo.trio");
            assertThat(entry.apprenticeId()).isEqualTo(info.apprenticeId());
            assertThat(entry.details())
                    .contains("body : Les chaussures sont commandées.")
                    .contains("report_id : " + report);
        });
        List<Entry> acknowledgements = entries("visit.acknowledgement", report + " MENTOR");
        assertThat(acknowledgements).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATE");
            assertThat(entry.username()).isEqualTo("maitre@demo.trio");
            assertThat(entry.apprenticeId()).isEqualTo(info.apprenticeId());
            assertThat(entry.details()).contains("role : MENTOR").contains("report_id : " + report);
        });

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/audit")
                        .param("apprentice", Long.toString(info.apprenticeId()))
                        .param("action", "CREATE")
                        .with(logins().as(Role.CFA_DIRECTOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page)
                .contains("visit.report_comment " + comment)
                .contains("body : Les chaussures sont commandées.")
                .contains("visit.acknowledgement " + report + " MENTOR")
                .contains("maitre@demo.trio");
    }
}
