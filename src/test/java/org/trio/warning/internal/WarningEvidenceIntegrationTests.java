package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.quality.QualiopiEvidence;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestOrganisations;

/**
 * The early warning's evidence on a CFA of its own, as of 30 June 2025: four situations — one resolved in the autumn,
 * one ended by a rupture in April, one still open, one closed in January 2024 (outside the twelve months) — with their
 * signals and actions.
 */
@TrioIntegrationTest
class WarningEvidenceIntegrationTests {

    static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);

    @Autowired
    WarningEvidence evidence;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    long network;
    long cfa;

    @BeforeEach
    void fourSituations() {
        network = referential.networkIds().get(0);
        cfa = TestOrganisations.aNewCfa(referential);
        long resolved = situation(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 15), "RESOLVED");
        signal(resolved, LocalDate.of(2024, 9, 28));
        signal(resolved, LocalDate.of(2024, 9, 30));
        action(resolved, LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 20));
        action(resolved, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 15));
        long broken = situation(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 10), "RUPTURE");
        signal(broken, LocalDate.of(2025, 1, 31));
        action(broken, LocalDate.of(2025, 2, 3), null);
        long open = situation(LocalDate.of(2025, 5, 20), null, null);
        signal(open, LocalDate.of(2025, 5, 20));
        // done after the reference date: decided within the twelve months, not yet reported on that date
        action(open, LocalDate.of(2025, 5, 21), LocalDate.of(2025, 7, 5));
        long old = situation(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 10), "RESOLVED");
        signal(old, LocalDate.of(2023, 10, 30));
        action(old, LocalDate.of(2023, 11, 2), LocalDate.of(2023, 11, 20));
    }

    @Test
    void provesTwelveWithTheSituationsHandledAndTenWithTheActionsTraced() throws Exception {
        List<QualiopiEvidence> items = evidence.evidenceFor(cfa, REFERENCE);

        assertThat(items)
                .extracting(QualiopiEvidence::indicator, QualiopiEvidence::title, QualiopiEvidence::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                12,
                                "Prévention des ruptures : 4 signalement(s) sur 12 mois, 3 situation(s) ouverte(s), 2"
                                        + " close(s) dont 1 résolue(s) sans rupture",
                                LocalDate.of(2025, 5, 20)),
                        org.assertj.core.groups.Tuple.tuple(
                                10,
                                "Accompagnement individualisé tracé : 4 action(s) décidée(s) pour 3 apprenti(s) sur 12"
                                        + " mois, 2 réalisée(s) avec compte rendu",
                                LocalDate.of(2025, 5, 21)));
        String present = mvc.perform(get("/quality/qualiopi")
                        .param("cfa", Long.toString(cfa))
                        .param("reference", REFERENCE.toString())
                        .param("status", "PRESENT")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(present).contains("data-indicator=\"10\"").contains("data-indicator=\"12\"");
    }

    @Test
    void givesNothingForAYearWithoutSituation() {
        assertThat(evidence.evidenceFor(cfa, LocalDate.of(2023, 6, 30))).isEmpty();
    }

    private long situation(LocalDate opened, @Nullable LocalDate closed, @Nullable String outcome) {
        return jdbc.sql("insert into warning.situation (apprentice_id, network_id, cfa_id, opened_on, opened_at, stage,"
                        + " outcome, closed_on, closed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        WarningFixtures.id(),
                        network,
                        cfa,
                        opened,
                        opened.atTime(9, 0).atOffset(ZoneOffset.UTC),
                        closed == null ? "IN_PROGRESS" : "CLOSED",
                        outcome,
                        closed,
                        closed == null ? null : "ADCP")
                .query(Long.class)
                .single();
    }

    private void signal(long situation, LocalDate observed) {
        jdbc.sql("insert into warning.signal (apprentice_id, network_id, cfa_id, situation_id, category, origin,"
                        + " summary, observed_on, raised_at, raised_by) select apprentice_id, network_id, cfa_id, id,"
                        + " 'ABSENCES', 'TRAINER', 'Absences répétées', ?, ?, 'Formateur' from warning.situation"
                        + " where id = ?")
                .params(observed, observed.atTime(10, 0).atOffset(ZoneOffset.UTC), situation)
                .update();
    }

    private void action(long situation, LocalDate decided, @Nullable LocalDate done) {
        jdbc.sql("insert into warning.situation_action (situation_id, kind, description, owner_staff_id, due_date,"
                        + " status, decided_by, decided_at, report, done_on, reported_by) values (?, 'FAMILY_INTERVIEW',"
                        + " 'Entretien', 1, ?, ?, 'ADCP', ?, ?, ?, ?)")
                .params(
                        situation,
                        decided.plusDays(14),
                        done == null ? "PLANNED" : "DONE",
                        decided.atTime(11, 0).atOffset(ZoneOffset.UTC),
                        done == null ? null : "Entretien tenu",
                        done,
                        done == null ? null : "ADCP")
                .update();
    }
}
