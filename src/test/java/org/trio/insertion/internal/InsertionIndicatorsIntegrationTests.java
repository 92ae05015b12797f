package org.trio.insertion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.NewEnrolment;
import org.trio.insertion.EmploymentContract;
import org.trio.insertion.Situation;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorScope;
import org.trio.quality.QualiopiEvidence;
import org.trio.quality.QualityManagement;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCohort;
import org.trio.referential.NewSite;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteKind;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/**
 * The published rates of a programme computed end to end (referential and contract facades, insertion records, rule of
 * 20) on a CFA of its own: 12 final-year apprentices in 2021-2022 and 10 in 2022-2023.
 */
@TrioIntegrationTest
class InsertionIndicatorsIntegrationTests {

    static final LocalDate REFERENCE = LocalDate.of(2024, 3, 1);

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    InsertionService insertion;

    @Autowired
    Leavers leavers;

    @Autowired
    QualityManagement quality;

    @Autowired
    InsertionEvidence evidence;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    long cfa;
    long site;
    ProgrammeInfo programme;

    @BeforeEach
    void twoSmallPromotions() {
        SplittableRandom random = new SplittableRandom();
        long network = referential.networkIds().get(0);
        cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        site = referential.registerSite(new NewSite(
                cfa,
                "Site de Melun",
                SiteKind.SITE,
                null,
                DemoIdentifiers.uai("077", random),
                null,
                null,
                "77000",
                "Melun",
                null));
        programme = referential.programmesOfNetwork(network).stream()
                .filter(p -> p.theoreticalDurationMonths() == 24)
                .findFirst()
                .orElseThrow();
        // 2021-2022: 12 leavers, 9 employed at 6 months, 3 job seekers
        promotion(2021, 12, 9);
        // 2022-2023: 10 leavers, 6 employed at 6 months, 4 job seekers
        promotion(2022, 10, 6);
    }

    @Test
    void poolsTwoPromotionsOfFewerThanTwentyToReachTheRuleOfTwenty() {
        Map<String, IndicatorResult> results = results(2022);

        IndicatorResult employment = results.get(IndicatorKeys.EMPLOYMENT_6);
        assertThat(employment.state()).isEqualTo(IndicatorResult.State.AVAILABLE);
        assertThat(employment.pooled()).isTrue();
        assertThat(employment.people()).isEqualTo(22);
        assertThat(employment.value()).isEqualTo(68.2);
        assertThat(results.get(IndicatorKeys.FURTHER_STUDIES).value()).isEqualTo(0.0);
    }

    @Test
    void saysNotComputableWhenEvenTwoPromotionsMakeFewerThanTwenty() {
        IndicatorResult employment = results(2021).get(IndicatorKeys.EMPLOYMENT_6);

        assertThat(employment.state()).isEqualTo(IndicatorResult.State.NOT_COMPUTABLE);
        assertThat(employment.people()).isEqualTo(12);
    }

    @Test
    void saysNotAvailableForWhatNoModuleComputesYet() {
        Map<String, IndicatorResult> results = results(2022);

        assertThat(results.get(IndicatorKeys.ABSENTEEISM).state()).isEqualTo(IndicatorResult.State.NOT_AVAILABLE);
        assertThat(results.get(IndicatorKeys.VISITS_ON_TIME).state()).isEqualTo(IndicatorResult.State.NOT_AVAILABLE);
        assertThat(results.get(IndicatorKeys.OBTENTION).state()).isEqualTo(IndicatorResult.State.NOT_AVAILABLE);
    }

    @Test
    void provesIndicatorTwentyNineWithTheSituationsRecordedInTheTwelveMonths() throws Exception {
        // the 2022-2023 leavers' situations at 6 months were recorded on 2 January 2024, the others a year earlier
        List<QualiopiEvidence> items = evidence.evidenceFor(cfa, REFERENCE);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.indicator()).isEqualTo(29);
            assertThat(item.title())
                    .isEqualTo("Suivi de l'insertion des anciens apprentis : 10 sortants suivis, 10 situations"
                            + " relevées sur 12 mois");
            assertThat(item.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        });
        String present = mvc.perform(get("/quality/qualiopi")
                        .param("cfa", Long.toString(cfa))
                        .param("reference", REFERENCE.toString())
                        .param("status", "PRESENT")
                        .with(user(users.loadUserByUsername("reseau@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(present).contains("data-indicator=\"29\"");
    }

    @Test
    void refusesASituationBeforeItsHorizonIsReached() {
        Leavers.Leaver leaver = leavers.of(cfa, programme.id(), 2022).get(0);

        assertThatThrownBy(() -> insertion.record(
                        leaver,
                        new SituationForm(
                                24,
                                Situation.EMPLOYED,
                                EmploymentContract.PERMANENT,
                                true,
                                1,
                                LeaverSituation.Source.ADVISOR,
                                leaver.exitDate().plusMonths(20)),
                        "cje@demo.trio"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("situation.horizon.notReached");
    }

    private Map<String, IndicatorResult> results(int year) {
        return quality.indicators(new IndicatorScope(cfa, programme.id(), new SchoolYear(year), REFERENCE)).stream()
                .collect(Collectors.toMap(IndicatorResult::key, r -> r));
    }

    private void promotion(int year, int size, int employed) {
        LocalDate start = LocalDate.of(year, 9, 1);
        LocalDate end = LocalDate.of(year + 1, 6, 30);
        long cohort = referential.registerCohort(
                new NewCohort(programme.id(), site, year, 2, "Promotion " + year, start, end));
        for (int i = 0; i < size; i++) {
            long apprentice = referential.registerApprentice(new NewApprentice(
                    cfa,
                    site,
                    "Sortant",
                    null,
                    "Camille",
                    null,
                    null,
                    LocalDate.of(year - 19, 5, 1 + i),
                    null,
                    null,
                    null,
                    "F",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            long enrolment = enrolments.enrol(new NewEnrolment(
                    apprentice,
                    programme.id(),
                    cohort,
                    cfa,
                    site,
                    year,
                    2,
                    start.minusWeeks(2),
                    start,
                    end,
                    24,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            Leavers.Leaver leaver = leavers.leaver(enrolment).orElseThrow();
            boolean job = i < employed;
            insertion.record(
                    leaver,
                    new SituationForm(
                            6,
                            job ? Situation.EMPLOYED : Situation.JOB_SEEKER,
                            job ? EmploymentContract.PERMANENT : null,
                            job ? Boolean.TRUE : null,
                            job ? 2 : null,
                            LeaverSituation.Source.SURVEY,
                            end.plusMonths(6).plusDays(3)),
                    "cje@demo.trio");
        }
    }
}
