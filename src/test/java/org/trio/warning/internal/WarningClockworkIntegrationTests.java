package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.contract.ContractManagement;
import org.trio.contract.TrainingRecords;
import org.trio.referential.DiplomaType;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.support.MutableClock;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * The early warning with a clock the test sets: the nightly run started by Spring Modulith's {@link DayHasPassed}, and
 * the direction's dashboard and situation point seen on a chosen day, after days have passed since the actions were
 * decided. The mutable clock gives this class an application context of its own; the database is the suite's, so the
 * nightly run (which covers every CFA, as in production) is run for the current day, and everything else uses fixed
 * dates on the test's own CFAs.
 */
@TrioIntegrationTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = "spring.modulith.events.republish-outstanding-events-on-restart=false")
class WarningClockworkIntegrationTests {

    /** A Wednesday: its week runs from Monday 10 to Sunday 16 March 2025. */
    static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

    /** The Monday of the week before, when the actions are decided. */
    static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FollowUp followUp;

    @Autowired
    PlannedCalls plannedCalls;

    @Autowired
    CallService calls;

    @Autowired
    RiskService risk;

    @Autowired
    WarningManagement warning;

    @Autowired
    SituationService situations;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    ContractManagement contracts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    @AfterEach
    void putsTheClockBack() {
        clock.reset();
    }

    @Test
    void runsTheDailyRulesForTheDayThatBeginsWhenADayHasPassed() {
        LocalDate day = LocalDate.now(clock);
        clock.setTo(day, LocalTime.of(0, 5));
        WarningFixtures fixtures = new WarningFixtures(followUp);
        // no contract for two months that day, and one day short of it
        FollowUp.Enrolment noContract =
                fixtures.enrolment(DiplomaType.CAP, 1, "01", day.minusMonths(2), day.plusYears(2));
        FollowUp.Enrolment noContractTomorrow =
                fixtures.enrolment(DiplomaType.CAP, 1, "01", day.minusMonths(2).plusDays(1), day.plusYears(2));
        // a call due 8 days before (overdue that day) and one due 7 days before (not yet)
        FollowUp.Enrolment called = fixtures.enrolment(DiplomaType.BP, 1, "03", day.minusMonths(6), day.plusYears(1));
        FollowUp.Contract calledContract = fixtures.contract(called, day.minusMonths(6), day.plusYears(1), null);
        long overdueCall = plannedCalls.save(
                        new PlannedCall(calledContract, called, null, day.minusDays(8), CallReason.MONTHLY))
                .id;
        long dueCall = plannedCalls.save(
                        new PlannedCall(calledContract, called, null, day.minusDays(7), CallReason.MONTHLY))
                .id;
        // livrets silent for 4 weeks that day, and one day short of it
        FollowUp.Enrolment silent = fixtures.enrolment(DiplomaType.BP, 2, "03", day.minusMonths(6), day.plusYears(1));
        fixtures.contract(silent, day.minusMonths(6), day.plusYears(1), null);
        followUp.recordBookletEntry(silent.apprenticeId(), day.minusWeeks(4));
        FollowUp.Enrolment written = fixtures.enrolment(DiplomaType.BP, 2, "03", day.minusMonths(6), day.plusYears(1));
        fixtures.contract(written, day.minusMonths(6), day.plusYears(1), null);
        followUp.recordBookletEntry(written.apprenticeId(), day.minusWeeks(4).plusDays(1));
        // early-warning data kept 12 months after the end of the training: one day over, and just at the limit
        FollowUp.Enrolment expired = fixtures.enrolment(
                DiplomaType.CAP, 2, "03", day.minusYears(3), day.minusMonths(12).minusDays(1));
        FollowUp.Contract expiredContract = fixtures.contract(
                expired, day.minusYears(3), day.minusMonths(12).minusDays(1), null);
        plannedCalls.save(new PlannedCall(expiredContract, expired, null, day.minusMonths(13), CallReason.TERM));
        followUp.recordBookletEntry(expired.apprenticeId(), day.minusMonths(13));
        raise(expired.apprenticeId(), day.minusMonths(13));
        FollowUp.Enrolment kept = fixtures.enrolment(DiplomaType.CAP, 2, "03", day.minusYears(3), day.minusMonths(12));
        raise(kept.apprenticeId(), day.minusMonths(13));
        // a contract of a CFA of the test's own whose rupture reaches the contract module without an event (an import)
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long apprentice = network.apprentice(null);
        long employer = network.employer();
        LocalDate start = day.minusMonths(1);
        LocalDate rupture = day.minusDays(3);
        network.train(
                apprentice,
                start,
                start.plusYears(2),
                List.of(WarningNetwork.contract(employer, start, start.plusYears(2), null)));
        long contract = contracts.contractsOf(apprentice).get(0).id();
        assertThat(calls.plan(contract)).isPositive();
        network.train(
                apprentice,
                start,
                start.plusYears(2),
                List.of(WarningNetwork.contract(employer, start, start.plusYears(2), rupture)));
        assertThat(followUp.contract(contract).orElseThrow().ruptureDate()).isNull();

        transactions.executeWithoutResult(status -> events.publishEvent(DayHasPassed.of(day.minusDays(1))));

        // the purge comes last in the run: once it is done, every rule of the day has run
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        count("select count(*) from warning.situation where apprentice_id = ?", expired.apprenticeId())
                                == 0);
        assertThat(signals(noContract.apprenticeId()))
                .containsExactly(
                        "NO_CONTRACT:" + noContract.enrolmentId() + ":" + noContract.trainingStart() + "@" + day);
        assertThat(signals(noContractTomorrow.apprenticeId())).isEmpty();
        assertThat(signals(called.apprenticeId())).containsExactly("CALL_OVERDUE:" + overdueCall + "@" + day);
        assertThat(followUp.signalKnown("CALL_OVERDUE:" + dueCall)).isFalse();
        assertThat(signals(silent.apprenticeId()))
                .containsExactly("SILENT_BOOKLET:" + silent.apprenticeId() + ":" + day.minusWeeks(4) + "@" + day);
        assertThat(signals(written.apprenticeId())).isEmpty();

        assertThat(followUp.contract(contract).orElseThrow().ruptureDate()).isEqualTo(rupture);
        List<PlannedCall> planned = plannedCalls.findByContractIdOrderByDueDate(contract);
        assertThat(planned)
                .filteredOn(call -> call.dueDate.isAfter(rupture.minusDays(1)))
                .isNotEmpty()
                .allMatch(call -> call.status == PlannedCall.Status.CANCELLED);
        assertThat(planned)
                .filteredOn(call -> call.dueDate.isBefore(rupture))
                .allMatch(call -> call.status == PlannedCall.Status.PLANNED);

        for (String table : List.of("signal", "planned_call", "booklet_activity", "notification")) {
            assertThat(count(
                            "select count(*) from warning." + table + " where apprentice_id = ?",
                            expired.apprenticeId()))
                    .as(table)
                    .isZero();
        }
        assertThat(count("select count(*) from warning.situation where apprentice_id = ?", kept.apprenticeId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from warning.signal where apprentice_id = ?", kept.apprenticeId()))
                .isEqualTo(1);
        assertThat(jdbc.sql("select computed_on from warning.risk_score where apprentice_id = ?")
                        .param(written.apprenticeId())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(day);
    }

    @Test
    void showsTheDirectionItsOpenSituationsLateActionsHighRisksAndTheCallsLeftThisWeek() throws Exception {
        School school = school();

        String page = page("/warning/dashboard", school.director());

        Map<String, String> kpis = kpis(page);
        assertThat(kpis)
                .containsEntry("situations ouvertes", "2")
                .containsEntry("actions en retard", "1")
                .containsEntry("apprentis à risque élevé (score ≥ 40) sans situation", "1")
                .containsEntry("appels à passer cette semaine (1 en retard)", "2");
        assertThat(page).contains("Appels à passer du 12/03 au 16/03, par CJE");
        assertThat(section(page, "Actions en retard"))
                .contains("#" + school.followed().apprenticeId())
                .contains("Visite en entreprise")
                .contains("05/03/2025")
                .doesNotContain("Rencontre avec les formateurs");
        assertThat(section(page, "À risque élevé sans situation"))
                .contains("/warning/risk/" + school.highRisk().apprenticeId())
                .contains(">50<")
                .doesNotContain("/warning/risk/" + school.signalled().apprenticeId())
                .doesNotContain("/warning/risk/" + school.followed().apprenticeId());
        assertThat(page).contains("data-values=\"2,0,0,0\"");
    }

    @Test
    void printsTheSituationPointWithTheOpenSituationsAndTheLateActions() throws Exception {
        School school = school();

        MockHttpServletResponse pdf = mvc.perform(get("/warning/point/pdf").with(school.director()))
                .andReturn()
                .getResponse();

        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Point de situation du 12/03/2025")
                .contains("2 situations ouvertes : 1 à évaluer, 1 priorité haute, 0 moyenne, 0 basse ; 1 actions en"
                        + " retard.")
                .contains("#" + school.signalled().apprenticeId())
                .contains("#" + school.followed().apprenticeId())
                .contains("Conflit d'horaires : médiation nécessaire")
                .contains("ouverte le 03/03")
                .contains("(9 jours)")
                .contains("Visite en entreprise")
                .contains("pour le 05/03/2025 En retard")
                .contains("pour le 23/03/2025")
                .doesNotContain("#" + school.highRisk().apprenticeId());
        String late = text.substring(text.lastIndexOf("Actions en retard"));
        assertThat(late)
                .contains("#" + school.followed().apprenticeId())
                .contains("Visite en entreprise")
                .contains("05/03/2025")
                .doesNotContain("Rencontre avec les formateurs");
    }

    /** Who the direction's pages show, in a CFA of the test's own. */
    record School(
            RequestPostProcessor director,
            FollowUp.Enrolment highRisk,
            FollowUp.Enrolment signalled,
            FollowUp.Enrolment followed) {}

    /**
     * A CFA of the test's own on {@link #WEDNESDAY}: an apprentice at high risk (first-year CAP, no diploma, first
     * months of the contract) without situation; another just as high with a situation opened on {@link #DECIDED}
     * (not triaged); a third at low risk whose situation was triaged that day with a company visit due two days later
     * (now late) and a meeting due later; calls of this third one's company due on Monday (late), Wednesday and Sunday
     * (this week) and next Monday.
     */
    private School school() {
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long deputy = network.staff(StaffFunction.DEPUTY_PEDAGOGY);
        long advisor = network.staff(StaffFunction.PLACEMENT_ADVISOR);
        WarningFixtures fixtures = new WarningFixtures(followUp, network.network, network.cfa);
        LocalDate schoolYear = LocalDate.of(2024, 9, 2);
        LocalDate contractStart = WEDNESDAY.minusMonths(1);
        FollowUp.Enrolment highRisk = fixtures.enrolment(DiplomaType.CAP, 1, "01", schoolYear, schoolYear.plusYears(2));
        fixtures.contract(highRisk, contractStart, contractStart.plusYears(2), null);
        FollowUp.Enrolment signalled =
                fixtures.enrolment(DiplomaType.CAP, 1, "01", schoolYear, schoolYear.plusYears(2));
        fixtures.contract(signalled, contractStart, contractStart.plusYears(2), null);
        FollowUp.Enrolment followed = fixtures.enrolment(DiplomaType.BP, 2, "03", schoolYear, schoolYear.plusYears(2));
        FollowUp.Contract followedContract = fixtures.contract(followed, schoolYear, schoolYear.plusYears(2), null);

        clock.setTo(DECIDED);
        warning.raiseSignal(signal(signalled.apprenticeId(), SignalCategory.OTHER, "Ne vient plus aux entretiens"));
        warning.raiseSignal(signal(followed.apprenticeId(), SignalCategory.COMPANY_CONFLICT, "Conflit d'horaires"));
        long situation =
                warning.openSituationOf(followed.apprenticeId()).orElseThrow().id();
        Actor adcp = new Actor("Adjoint pédagogique d'essai", deputy, false, false);
        situations.triage(
                situation,
                situations.view(situation).version(),
                Situation.Priority.HIGH,
                "Conflit d'horaires : médiation nécessaire",
                null,
                adcp);
        situations.decide(
                situation,
                SituationAction.Kind.COMPANY_VISIT,
                "Rencontrer le maître sur le chantier",
                false,
                deputy,
                DECIDED.plusDays(2),
                adcp);
        situations.decide(
                situation,
                SituationAction.Kind.TRAINERS_MEETING,
                "Faire le point avec les formateurs",
                false,
                deputy,
                DECIDED.plusDays(20),
                adcp);
        for (LocalDate due : List.of(WEDNESDAY.minusDays(2), WEDNESDAY, WEDNESDAY.plusDays(4), WEDNESDAY.plusDays(5))) {
            plannedCalls.save(new PlannedCall(followedContract, followed, advisor, due, CallReason.MONTHLY));
        }

        clock.setTo(WEDNESDAY);
        for (FollowUp.Enrolment enrolment : List.of(highRisk, signalled, followed)) {
            risk.refresh(enrolment.apprenticeId(), WEDNESDAY);
        }
        RequestPostProcessor director = user(new TrioUserDetails(
                new CurrentUser(
                        -1,
                        "direction-alerte@test.trio",
                        "Direction d'essai",
                        Role.CFA_DIRECTOR,
                        network.network,
                        network.cfa,
                        null,
                        null),
                "",
                true,
                false));
        return new School(director, highRisk, signalled, followed);
    }

    private NewSignal signal(long apprentice, SignalCategory category, String summary) {
        return new NewSignal(
                apprentice,
                category,
                SignalOrigin.TRAINER,
                summary,
                null,
                null,
                null,
                LocalDate.now(clock),
                null,
                "Formateur d'essai",
                null);
    }

    private void raise(long apprentice, LocalDate observedOn) {
        warning.raiseSignal(new NewSignal(
                apprentice,
                SignalCategory.OTHER,
                SignalOrigin.STAFF,
                "Signalement ancien",
                null,
                null,
                null,
                observedOn,
                null,
                "Secrétariat d'essai",
                null));
    }

    /** The signals of an apprentice as "key@day observed". */
    private List<String> signals(long apprentice) {
        return jdbc.sql(
                        "select dedup_key || '@' || observed_on from warning.signal where apprentice_id = ? order by id")
                .param(apprentice)
                .query(String.class)
                .list();
    }

    private String page(String path, RequestPostProcessor as) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The dashboard's key figures, by their label. */
    private static Map<String, String> kpis(String html) {
        Map<String, String> kpis = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("<span class=\"kpi[^\"]*\">(\\d+)</span><span>([^<]+)</span>")
                .matcher(html);
        while (matcher.find()) {
            kpis.put(matcher.group(2).strip(), matcher.group(1));
        }
        return kpis;
    }

    /** The part of the page from a heading to the end of the table that follows it. */
    private static String section(String html, String heading) {
        int from = html.indexOf(">" + heading + "</h2>");
        assertThat(from).as(heading).isPositive();
        return html.substring(from, html.indexOf("</table>", from));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
