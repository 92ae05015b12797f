package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * A person reviews a score — "vu, pas d'action" or "ouvrir une situation" — and the review keeps what they saw; the
 * direction records an apprentice's objection to the score. On apprentices of a CFA of the test's own.
 */
@TrioIntegrationTest
class RiskReviewIntegrationTests {

    @Autowired
    RiskReviewService reviews;

    @Autowired
    RiskService risk;

    @Autowired
    WarningManagement warning;

    @Autowired
    FollowUpRefresh refresh;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    LocalDate today;
    WarningNetwork network;
    RequestPostProcessor director;

    @BeforeEach
    void createsACfaOfItsOwn() {
        today = LocalDate.now(clock);
        network = new WarningNetwork(referential, trainings);
        director = as(Role.CFA_DIRECTOR, null);
    }

    @Test
    void keepsTheScoreAndTheFactorsTheReviewerSawWithoutTheSocialFactorForWhoMayNotReadIt() {
        long apprentice = apprenticeInTraining();
        raise(apprentice, SignalCategory.COMPANY_CONFLICT, "Le maître ne veut plus le voir");
        raise(apprentice, SignalCategory.SOCIAL, "Vit seul depuis un mois");
        RiskScoring.Score score = risk.scoreOf(apprentice, today).orElseThrow();
        assertThat(score.factors()).contains(RiskFactor.COMPANY_CONFLICT, RiskFactor.SOCIAL_SITUATION);
        long signals = signalsOf(apprentice);

        RiskReview deputy = reviews.review(
                apprentice,
                RiskReview.Decision.NO_ACTION,
                "  Vu en réunion, déjà suivi  ",
                new Actor("Adjoint pédagogique d'essai", 11L, false, false));
        RiskReview social = reviews.review(
                apprentice, RiskReview.Decision.NO_ACTION, null, new Actor("ASE d'essai", 12L, true, true));

        Map<String, Object> seenByDeputy = review(deputy.id);
        assertThat(seenByDeputy)
                .containsEntry("score", score.total() - score.socialPoints())
                .containsEntry("decision", "NO_ACTION")
                .containsEntry("note", "Vu en réunion, déjà suivi")
                .containsEntry("reviewer", "Adjoint pédagogique d'essai")
                .containsEntry("situation_id", null);
        assertThat(seenByDeputy.get("reviewed_on").toString()).isEqualTo(today.toString());
        assertThat(RiskScoring.decode((String) seenByDeputy.get("factors")))
                .contains(RiskFactor.COMPANY_CONFLICT)
                .doesNotContain(RiskFactor.SOCIAL_SITUATION)
                .hasSize(score.factors().size() - 1);
        Map<String, Object> seenBySocial = review(social.id);
        assertThat(seenBySocial).containsEntry("score", score.total()).containsEntry("note", null);
        assertThat(RiskScoring.decode((String) seenBySocial.get("factors"))).isEqualTo(score.factors());
        assertThat(signalsOf(apprentice)).as("nothing raised").isEqualTo(signals);
    }

    @Test
    void opensASituationThroughASignalWhenTheReviewerDecidesSo() throws Exception {
        long apprentice = apprenticeInTraining();
        int score = risk.scoreOf(apprentice, today).orElseThrow().total();
        assertThat(warning.openSituationOf(apprentice)).isEmpty();

        MockHttpServletResponse answer = mvc.perform(post("/warning/risk/" + apprentice + "/review")
                        .with(csrf())
                        .with(director)
                        .param("decision", "OPEN_SITUATION")
                        .param("note", "À voir avec la famille"))
                .andReturn()
                .getResponse();

        long situation = warning.openSituationOf(apprentice).orElseThrow().id();
        assertThat(answer.getRedirectedUrl()).isEqualTo("/warning/situations/" + situation);
        Map<String, Object> signal = jdbc.sql("select * from warning.signal where apprentice_id = ?")
                .param(apprentice)
                .query()
                .singleRow();
        assertThat(signal)
                .containsEntry("situation_id", situation)
                .containsEntry("category", "OTHER")
                .containsEntry("origin", "STAFF")
                .containsEntry("summary", "Revue du score de risque (" + score + ") : ouverture d'une situation")
                .containsEntry("detail", "À voir avec la famille")
                .containsEntry("evidence_url", "/warning/risk/" + apprentice)
                .containsEntry("raised_by", "Direction d'essai");
        assertThat(jdbc.sql("select decision || '|' || score || '|' || situation_id from warning.risk_review"
                                + " where apprentice_id = ?")
                        .param(apprentice)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN_SITUATION|" + score + "|" + situation);
        assertThat(page("/warning/risk/" + apprentice, director))
                .contains("par Direction d&#39;essai : Ouvrir une situation");
    }

    @Test
    void refusesAReviewWithoutDecisionWithAFrenchMessage() throws Exception {
        long apprentice = apprenticeInTraining();

        String answer = body(mvc.perform(post("/warning/risk/" + apprentice + "/review")
                        .with(csrf())
                        .with(director)
                        .param("note", "Sans décision"))
                .andReturn()
                .getResponse());

        assertThat(answer).contains("Décision : choisissez « vu, pas d&#39;action » ou « ouvrir une situation ».");
        assertThat(jdbc.sql("select count(*) from warning.risk_review where apprentice_id = ?")
                        .param(apprentice)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void recordsTheObjectionOfAnApprenticeToTheScoreAndItsWithdrawal() throws Exception {
        long apprentice = apprenticeInTraining();
        risk.refresh(apprentice, today);
        assertThat(storedScores(apprentice)).isEqualTo(1);
        long cje = network.staff(StaffFunction.PLACEMENT_ADVISOR);

        assertThat(mvc.perform(post("/warning/risk/" + apprentice + "/objection")
                                .with(csrf())
                                .with(as(Role.PLACEMENT_ADVISOR, cje)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the direction alone records an objection")
                .isEqualTo(403);
        assertThat(risk.objected(apprentice)).isFalse();

        String redirect = mvc.perform(post("/warning/risk/" + apprentice + "/objection")
                        .with(csrf())
                        .with(director))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(redirect).isEqualTo("/warning/risk/" + apprentice);
        assertThat(jdbc.sql("select cfa_id || '|' || recorded_on || '|' || recorded_by from warning.risk_objection"
                                + " where apprentice_id = ?")
                        .param(apprentice)
                        .query(String.class)
                        .single())
                .isEqualTo(network.cfa + "|" + today + "|Direction d'essai");
        assertThat(storedScores(apprentice)).isZero();
        risk.refresh(apprentice, today);
        assertThat(storedScores(apprentice)).as("no score is computed any more").isZero();
        assertThat(risk.scoreOf(apprentice, today)).isEmpty();
        assertThat(page("/warning/risk/" + apprentice, director))
                .contains("Opposition enregistrée : Trio ne calcule pas de score pour cette personne.");
        assertThat(jdbc.sql("select details from access.audit_event where action = 'RISK_OBJECTION'"
                                + " and username = 'direction-alerte@test.trio' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("Opposition au score de risque enregistrée pour l'apprenti " + apprentice);

        mvc.perform(post("/warning/risk/" + apprentice + "/objection")
                .with(csrf())
                .with(director)
                .param("withdraw", "true"));

        assertThat(risk.objected(apprentice)).isFalse();
        assertThat(storedScores(apprentice)).as("the score comes back at once").isEqualTo(1);
    }

    /** A new apprentice of the CFA in training today, with a contract, known to the early warning. */
    private long apprenticeInTraining() {
        long apprentice = network.apprentice(null);
        LocalDate start = today.minusMonths(1);
        network.train(
                apprentice,
                start,
                start.plusYears(2),
                List.of(WarningNetwork.contract(network.employer(), start, start.plusYears(2), null)));
        refresh.apprentice(apprentice);
        return apprentice;
    }

    private void raise(long apprentice, SignalCategory category, String summary) {
        warning.raiseSignal(new NewSignal(
                apprentice,
                category,
                SignalOrigin.TRAINER,
                summary,
                null,
                null,
                null,
                today,
                null,
                "Formateur d'essai",
                null));
    }

    private RequestPostProcessor as(Role role, Long staffId) {
        String name = role == Role.CFA_DIRECTOR ? "Direction d'essai" : "CJE d'essai";
        String username = role == Role.CFA_DIRECTOR ? "direction-alerte@test.trio" : "cje-alerte@test.trio";
        return user(new TrioUserDetails(
                new CurrentUser(-1, username, name, role, network.network, network.cfa, null, staffId),
                "",
                true,
                false));
    }

    private Map<String, Object> review(long id) {
        return jdbc.sql("select * from warning.risk_review where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private long signalsOf(long apprentice) {
        return jdbc.sql("select count(*) from warning.signal where apprentice_id = ?")
                .param(apprentice)
                .query(Long.class)
                .single();
    }

    private long storedScores(long apprentice) {
        return jdbc.sql("select count(*) from warning.risk_score where apprentice_id = ?")
                .param(apprentice)
                .query(Long.class)
                .single();
    }

    private String page(String path, RequestPostProcessor as) throws Exception {
        return body(mvc.perform(get(path).with(as)).andReturn().getResponse());
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
