package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.trio.contract.ContractManagement;
import org.trio.contract.TrainingRecords;
import org.trio.referential.DiplomaType;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.warning.SignalCategory;
import org.trio.warning.WarningManagement;

/**
 * The calls to companies: the log of a call (channel, contact, what was said) closes the planned call and may raise a
 * signal resting on it; the CJE of a new contract is the one already calling its employer, or else the least busy.
 */
@TrioIntegrationTest
class WarningCallsIntegrationTests {

    @Autowired
    CallService calls;

    @Autowired
    PlannedCalls plannedCalls;

    @Autowired
    CallLogs callLogs;

    @Autowired
    FollowUp followUp;

    @Autowired
    WarningManagement warning;

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

    @Autowired
    Clock clock;

    LocalDate today;
    WarningFixtures fixtures;
    final Actor advisor = new Actor("CJE d'essai", 77L, false, false);

    @BeforeEach
    void createsACfaOfItsOwn() {
        today = LocalDate.now(clock);
        fixtures = new WarningFixtures(followUp);
    }

    @Test
    void logsACallWithItsChannelContactAndOutcomeAndMarksThePlannedCallDone() {
        FollowUp.Enrolment enrolment =
                fixtures.enrolment(DiplomaType.CAP, 1, "01", today.minusMonths(3), today.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(enrolment, today.minusMonths(3), today.plusYears(2), null);
        PlannedCall planned =
                plannedCalls.save(new PlannedCall(contract, enrolment, 77L, today.minusDays(2), CallReason.MONTHLY));

        CallLog log = calls.log(
                contract.contractId(),
                planned.id,
                report(today.minusDays(1), CallLog.Channel.PHONE, "  Tout va bien, le maître est satisfait.  "),
                advisor);

        CallLog saved = callLogs.findById(log.id).orElseThrow();
        assertThat(saved.calledOn).isEqualTo(today.minusDays(1));
        assertThat(saved.channel).isEqualTo(CallLog.Channel.PHONE);
        assertThat(saved.contactName).isEqualTo("Mme Durand (RH)");
        assertThat(saved.outcome).isEqualTo("Tout va bien, le maître est satisfait.");
        assertThat(saved.callerName).isEqualTo("CJE d'essai");
        assertThat(saved.callerStaffId).isEqualTo(77L);
        assertThat(saved.plannedCallId).isEqualTo(planned.id);
        assertThat(saved.cfaId).isEqualTo(fixtures.cfa);
        assertThat(saved.signalId).isNull();
        PlannedCall done = plannedCalls.findById(planned.id).orElseThrow();
        assertThat(done.status).isEqualTo(PlannedCall.Status.DONE);
        assertThat(done.doneCallId).isEqualTo(log.id);
        assertThat(signalCount(enrolment.apprenticeId())).isZero();

        assertThatThrownBy(() -> calls.log(
                        contract.contractId(), planned.id, report(today, CallLog.Channel.MAIL, "Relance"), advisor))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field, Problem::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "plannedCallId", "warning.call.not-planned")));
        assertThat(callLogs.findByContractIdOrderByCalledOnDescIdDesc(contract.contractId()))
                .hasSize(1);
    }

    @Test
    void raisesASignalRestingOnTheCallWithTheCompanyCallOrigin() {
        FollowUp.Enrolment enrolment =
                fixtures.enrolment(DiplomaType.CAP, 1, "01", today.minusMonths(3), today.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(enrolment, today.minusMonths(3), today.plusYears(2), null);
        LocalDate called = today.minusDays(1);

        CallLog log = calls.log(
                contract.contractId(),
                null,
                new CallService.CallReport(
                        called,
                        CallLog.Channel.PHONE,
                        "M. Martin, gérant",
                        "Le gérant se plaint des retards répétés et parle de rompre.",
                        true,
                        SignalCategory.COMPANY_CONFLICT,
                        " Le maître envisage une rupture "),
                advisor);
        CallLog social = calls.log(
                contract.contractId(),
                null,
                new CallService.CallReport(
                        called,
                        CallLog.Channel.LETTER,
                        null,
                        "L'apprenti dort chez des amis depuis deux semaines.",
                        true,
                        SignalCategory.SOCIAL,
                        "Hébergement précaire"),
                advisor);

        Map<String, Object> signal = jdbc.sql("select * from warning.signal where id = ?")
                .param(callLogs.findById(log.id).orElseThrow().signalId)
                .query()
                .singleRow();
        assertThat(signal)
                .containsEntry("apprentice_id", enrolment.apprenticeId())
                .containsEntry("category", "COMPANY_CONFLICT")
                .containsEntry("origin", "COMPANY_CALL")
                .containsEntry("summary", "Le maître envisage une rupture")
                .containsEntry("detail", "Le gérant se plaint des retards répétés et parle de rompre.")
                .containsEntry("evidence_label", "Appel du " + called.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .containsEntry("evidence_url", "/warning/contracts/" + contract.contractId() + "/calls#appel-" + log.id)
                .containsEntry("raised_by", "CJE d'essai")
                .containsEntry("raised_by_staff_id", 77L);
        assertThat(signal.get("observed_on").toString()).isEqualTo(called.toString());
        assertThat(signal.get("situation_id"))
                .isEqualTo(warning.openSituationOf(enrolment.apprenticeId())
                        .orElseThrow()
                        .id());
        assertThat(jdbc.sql("select category, detail from warning.signal where id = ?")
                        .param(callLogs.findById(social.id).orElseThrow().signalId)
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getString(2))
                        .single())
                .as("what was said of a social matter stays on the call sheet, out of the signal")
                .isEqualTo("SOCIAL|null");
    }

    @Test
    void refusesACallWithoutChannelNorOutcomeOrDatedInTheFutureNamingTheFields() {
        FollowUp.Enrolment enrolment =
                fixtures.enrolment(DiplomaType.CAP, 1, "01", today.minusMonths(3), today.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(enrolment, today.minusMonths(3), today.plusYears(2), null);
        FollowUp.Contract other = fixtures.contract(enrolment, today.minusMonths(3), today.plusYears(2), null);
        PlannedCall otherCall = plannedCalls.save(new PlannedCall(other, enrolment, null, today, CallReason.MONTHLY));

        assertThatThrownBy(() -> calls.log(
                        contract.contractId(),
                        otherCall.id,
                        new CallService.CallReport(
                                today.plusDays(1), null, null, " ", true, SignalCategory.CALL_OVERDUE, null),
                        advisor))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field)
                                .containsExactlyInAnyOrder(
                                        "calledOn",
                                        "channel",
                                        "outcome",
                                        "category",
                                        "signalSummary",
                                        "plannedCallId"));
        assertThat(callLogs.findByContractIdOrderByCalledOnDescIdDesc(contract.contractId()))
                .isEmpty();
        assertThat(plannedCalls.findById(otherCall.id).orElseThrow().status).isEqualTo(PlannedCall.Status.PLANNED);
        assertThat(signalCount(enrolment.apprenticeId())).isZero();
    }

    @Test
    void assignsTheCjeAlreadyCallingTheEmployerOrElseTheLeastBusyOne() {
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long first = network.staff(StaffFunction.PLACEMENT_ADVISOR);
        long second = network.staff(StaffFunction.PLACEMENT_ADVISOR);
        long lower = Math.min(first, second);
        long higher = Math.max(first, second);
        long plumber = network.employer();
        long baker = network.employer();
        long mason = network.employer();

        assertThat(calls.advisorFor(plumber, network.cfa)).contains(lower);
        long plumbing = plannedContract(network, plumber);
        assertThat(advisorsOf(plumbing)).containsExactly(lower);
        assertThat(calls.advisorFor(baker, network.cfa)).as("the least busy").contains(higher);
        long baking = plannedContract(network, baker);
        assertThat(advisorsOf(baking)).containsExactly(higher);
        assertThat(calls.advisorFor(mason, network.cfa))
                .as("equally busy: the lowest id")
                .contains(lower);
        plannedContract(network, mason);
        assertThat(calls.advisorFor(baker, network.cfa))
                .as("already calling the employer")
                .contains(higher);
        assertThat(calls.advisorFor(plumber, network.cfa))
                .as("already calling the employer, though busier")
                .contains(lower);
        assertThat(advisorsOf(plannedContract(network, plumber))).containsExactly(lower);
        assertThat(calls.advisorFor(plumber, fixtures.cfa))
                .as("a CFA without CJE")
                .isEmpty();
    }

    @Test
    void letsTheCjeLogACallAndRaiseASignalFromTheContractsCallSheet() throws Exception {
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long cje = network.staff(StaffFunction.PLACEMENT_ADVISOR);
        long contract = plannedContract(network, network.employer());
        PlannedCall first =
                plannedCalls.findByContractIdOrderByDueDate(contract).get(0);
        RequestPostProcessor asCje = user(new TrioUserDetails(
                new CurrentUser(
                        -1,
                        "cje-alerte@test.trio",
                        "CJE d'essai",
                        Role.PLACEMENT_ADVISOR,
                        network.network,
                        network.cfa,
                        null,
                        cje),
                "",
                true,
                false));

        String sheet = body(
                mvc.perform(get("/warning/contracts/" + contract + "/calls").with(asCje))
                        .andReturn()
                        .getResponse());
        assertThat(sheet).contains("Premières semaines du contrat");
        MockHttpServletResponse posted = mvc.perform(post("/warning/contracts/" + contract + "/calls")
                        .with(csrf())
                        .with(asCje)
                        .param("plannedCallId", String.valueOf(first.id))
                        .param("calledOn", today.toString())
                        .param("channel", "MAIL")
                        .param("contactName", "Mme Petit")
                        .param("outcome", "Le maître trouve l'apprenti démotivé.")
                        .param("raiseSignal", "true")
                        .param("category", "PEDAGOGY")
                        .param("signalSummary", "Apprenti démotivé selon le maître"))
                .andReturn()
                .getResponse();

        assertThat(posted.getRedirectedUrl()).isEqualTo("/warning/contracts/" + contract + "/calls");
        assertThat(plannedCalls.findById(first.id).orElseThrow().status).isEqualTo(PlannedCall.Status.DONE);
        CallLog log =
                callLogs.findByContractIdOrderByCalledOnDescIdDesc(contract).get(0);
        assertThat(log.channel).isEqualTo(CallLog.Channel.MAIL);
        assertThat(log.callerStaffId).isEqualTo(cje);
        assertThat(jdbc.sql("select origin || '|' || category || '|' || raised_by_staff_id from warning.signal"
                                + " where id = ?")
                        .param(log.signalId)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPANY_CALL|PEDAGOGY|" + cje);
        assertThat(body(mvc.perform(
                                get("/warning/contracts/" + contract + "/calls").with(asCje))
                        .andReturn()
                        .getResponse()))
                .contains("Le maître trouve l&#39;apprenti démotivé.")
                .contains("Mme Petit");
    }

    /** A contract of a new apprentice with the employer, started two days ago, recorded and its calls planned. */
    private long plannedContract(WarningNetwork network, long employer) {
        long apprentice = network.apprentice(null);
        LocalDate start = today.minusDays(2);
        network.train(
                apprentice,
                start,
                start.plusYears(2),
                List.of(WarningNetwork.contract(employer, start, start.plusYears(2), null)));
        long contract = contracts.contractsOf(apprentice).get(0).id();
        assertThat(calls.plan(contract)).isPositive();
        return contract;
    }

    private List<Long> advisorsOf(long contract) {
        return jdbc.sql("select distinct advisor_staff_id from warning.planned_call where contract_id = ?")
                .param(contract)
                .query(Long.class)
                .list();
    }

    private CallService.CallReport report(LocalDate on, CallLog.Channel channel, String outcome) {
        return new CallService.CallReport(on, channel, " Mme Durand (RH) ", outcome, false, null, null);
    }

    private long signalCount(long apprentice) {
        return jdbc.sql("select count(*) from warning.signal where apprentice_id = ?")
                .param(apprentice)
                .query(Long.class)
                .single();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
