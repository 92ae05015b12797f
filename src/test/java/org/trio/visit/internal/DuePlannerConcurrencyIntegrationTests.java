package org.trio.visit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;
import org.trio.support.TestTrainings;

/**
 * A contract's due visits planned twice at the same moment (its signature and an amendment heard together) end as one
 * set of due visits: the second planning waits for the first instead of inserting the same rows again.
 */
@TrioIntegrationTest
class DuePlannerConcurrencyIntegrationTests {

    @Autowired
    DuePlanner planner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TrainingRecords records;

    @Autowired
    ContractManagement contracts;

    @Autowired
    Clock clock;

    @Test
    void twoPlanningsOfOneContractAtOnceLeaveOneSetOfDueVisits() throws Exception {
        TestTrainings trainings = new TestTrainings(referential, enrolments, records, contracts);
        LocalDate today = LocalDate.now(clock);
        int year = SchoolYear.of(today).startYear();
        long programme = trainings.twoYearProgrammes().get(0).id();
        long cohort = trainings.cohort(programme, year);
        long apprentice = trainings.apprentice("Concurrence", null);
        trainings.enrol(apprentice, programme, cohort, year);
        ContractInfo contract =
                trainings.contract(apprentice, programme, year, today.minusDays(20), today.plusYears(2), null);
        int expected = planner.plan(contract.id()).size();
        assertThat(expected).isPositive();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> plannings = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    plannings.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return planner.plan(contract.id()).size();
                    }));
                }
                for (Future<Integer> planning : plannings) {
                    assertThat(planning.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
                }
                Integer stored = jdbc.sql("select count(*) from visit.due_visit where contract_id = ?")
                        .param(contract.id())
                        .query(Integer.class)
                        .single();
                Integer codes = jdbc.sql("select count(distinct rule_code) from visit.due_visit where contract_id = ?")
                        .param(contract.id())
                        .query(Integer.class)
                        .single();
                assertThat(stored).isEqualTo(expected);
                assertThat(codes).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
