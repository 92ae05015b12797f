package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.ApprenticeScope;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.DiplomaType;
import org.trio.referential.NewCfa;
import org.trio.referential.NewProgramme;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.Identifiers;

/**
 * The cost of ruptures takes, for each broken contract, the NPEC of its certification in force on the contract's
 * start (lifecycle.md §5), not the one in force on the analysis's reference date.
 */
@TrioIntegrationTest
class RuptureCostIntegrationTests {

    private static final String CERTIFICATION = "RNCP97001";
    private static final long FIRST_APPRENTICE = 8_100_000_000L;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuptureAnalysis analysis;

    @Test
    void costsEachRuptureWithTheNpecInForceOnItsContractsStart() {
        long network = referential.registerNetwork("Réseau du coût des ruptures");
        String digits = String.format("975%04d", new SplittableRandom(97).nextInt(10_000));
        long cfa = referential.registerCfa(new NewCfa(
                network,
                "CFA du coût",
                digits + Identifiers.uaiCheckLetter(digits),
                DemoIdentifiers.siret(new SplittableRandom(97)),
                "09",
                null,
                null,
                null,
                null));
        long programme = referential.registerProgramme(new NewProgramme(
                network, null, CERTIFICATION, "CAP du coût", null, DiplomaType.CAP, 3, "Fluides", 24, null, null));
        // 8,000 € until the end of 2021, 12,000 € from 2022 on.
        jdbc.sql("""
                        insert into contract.funding_level (certification, label, amount, valid_from, valid_to)
                        values (:c, 'CAP du coût', 8000, date '2019-01-01', date '2021-12-31'),
                               (:c, 'CAP du coût', 12000, date '2022-01-01', null)""").param("c", CERTIFICATION).update();
        // Started under the 8,000 € NPEC, broken under the 12,000 € one.
        brokenContract(FIRST_APPRENTICE, cfa, programme, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 3, 15));
        // Started under the 12,000 € NPEC.
        brokenContract(FIRST_APPRENTICE + 1, cfa, programme, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 4, 20));

        RuptureAnalysis.Result result = analysis.analyse(
                new AnalysisQueries.Request(2021, AnalysisQueries.Request.defaultReferenceDate(2021), cfa, null),
                new ApprenticeScope(Set.of(cfa), Set.of(), Set.of()));

        // First: 24 months planned at 8,000 €/year = 16,000 €, 7 started months done = 4,666.67 €, lost 11,333.33 €
        // (with the NPEC of the reference date it would be 24,000 − 7,000 = 17,000 €).
        // Second: 24 months at 12,000 €/year = 24,000 €, 3 started months done = 3,000 €, lost 21,000 €.
        assertThat(result.rupturesTotal()).isEqualTo(2L);
        assertThat(result.rupturesWithoutNpec()).isZero();
        assertThat(result.cost()).isEqualByComparingTo("32333.33");
        AnalysisTable cost = result.table("cost").orElseThrow();
        assertThat(cost.totals().get(0).cell(1)).isEqualTo(2L);
        assertThat((BigDecimal) cost.totals().get(0).cell(2)).isEqualByComparingTo("32333.33");
    }

    @Test
    void leavesUncostedARuptureWhoseContractStartedBeforeAnyNpecOfItsCertification() {
        long network = referential.registerNetwork("Réseau du coût sans NPEC");
        String digits = String.format("976%04d", new SplittableRandom(98).nextInt(10_000));
        long cfa = referential.registerCfa(new NewCfa(
                network,
                "CFA sans NPEC",
                digits + Identifiers.uaiCheckLetter(digits),
                DemoIdentifiers.siret(new SplittableRandom(98)),
                "09",
                null,
                null,
                null,
                null));
        long programme = referential.registerProgramme(new NewProgramme(
                network, null, "RNCP97002", "BP sans NPEC", null, DiplomaType.BP, 4, "Bois", 24, null, null));
        jdbc.sql("""
                        insert into contract.funding_level (certification, label, amount, valid_from)
                        values ('RNCP97002', 'BP sans NPEC', 9000, date '2022-06-01')""").update();
        brokenContract(FIRST_APPRENTICE + 2, cfa, programme, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 12, 10));

        RuptureAnalysis.Result result = analysis.analyse(
                new AnalysisQueries.Request(2021, AnalysisQueries.Request.defaultReferenceDate(2021), cfa, null),
                new ApprenticeScope(Set.of(cfa), Set.of(), Set.of()));

        assertThat(result.rupturesTotal()).isEqualTo(1L);
        assertThat(result.rupturesWithoutNpec()).isEqualTo(1L);
        assertThat(result.cost()).isEqualByComparingTo("0");
    }

    private void brokenContract(long apprentice, long cfa, long programme, LocalDate start, LocalDate rupture) {
        jdbc.sql("""
                        insert into contract.enrolment (apprentice_id, programme_id, network_id, cfa_id, school_year,
                          programme_year, registration_date, training_start, training_end, theoretical_duration_months,
                          highest_diploma_held)
                        values (:apprentice, :programme, :network, :cfa, 2021, 1, date '2021-06-01',
                                date '2021-09-01', date '2023-06-30', 24, '01')""")
                .param("apprentice", apprentice)
                .param("programme", programme)
                .param("cfa", cfa)
                .param("network", referential.cfa(cfa).orElseThrow().networkId())
                .update();
        jdbc.sql("""
                        insert into contract.apprenticeship_contract (enrolment_id, apprentice_id, employer_id,
                          mentor1_id, contract_type, contract_mode, conclusion_date, start_date,
                          practical_training_start, end_date, original_end_date, rupture_date)
                        select e.id, e.apprentice_id, -1, -1, '11', '1', :start, :start, :start, :end, :end, :rupture
                          from contract.enrolment e where e.apprentice_id = :apprentice""")
                .param("start", start)
                .param("end", start.plusYears(2).minusDays(1))
                .param("rupture", rupture)
                .param("apprentice", apprentice)
                .update();
        jdbc.sql("""
                        insert into contract.rupture (contract_id, apprentice_id, enrolment_id, school_year,
                          rupture_date, initiative, legal_mode, analysis_period)
                        select c.id, c.apprentice_id, c.enrolment_id, 2021, :rupture, 'APPRENTICE',
                               'MUTUAL_AGREEMENT', 'INTERMEDIATE'
                          from contract.apprenticeship_contract c where c.apprentice_id = :apprentice""").param("rupture", rupture).param("apprentice", apprentice).update();
    }
}
