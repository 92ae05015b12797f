package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.ApprenticeScope;
import org.trio.contract.ApprenticeStatus;
import org.trio.shared.SchoolYear;

/**
 * On the generated demo population (and whatever the other tests added), the answers the benchmark times for Trio are
 * the answers of the hand-written SQL it compares them with: headcounts as of several days, and the per-structure
 * rupture table of the current and previous school years.
 */
@TrioIntegrationTest
class BenchmarkAnswersIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatusQueries statuses;

    @Autowired
    RuptureAnalysis analysis;

    private LocalDate today() {
        return jdbc.sql("select max(reference_date) from platform.demo_run")
                .query(LocalDate.class)
                .single();
    }

    private ApprenticeScope network() {
        return new ApprenticeScope(
                new HashSet<>(jdbc.sql("select id from referential.cfa")
                        .query(Long.class)
                        .list()),
                Set.of(),
                Set.of());
    }

    @Test
    void trioHeadcountsEqualTheHandWrittenSqlsOnSeveralDays() {
        LocalDate today = today();
        for (LocalDate day : List.of(
                today,
                today.minusMonths(3),
                today.minusYears(1),
                today.minusYears(1).plusDays(45))) {
            int year = SchoolYear.of(day).startYear();
            Map<ApprenticeStatus, Long> trio = BenchmarkAnswers.trioHeadcounts(statuses, year, day, network());
            Map<ApprenticeStatus, Long> hand = BenchmarkAnswers.handHeadcounts(jdbc, year, day);
            assertThat(trio).as("headcounts on %s", day).isEqualTo(hand);
            assertThat(trio.values().stream().mapToLong(Long::longValue).sum())
                    .as("population on %s", day)
                    .isPositive();
        }
    }

    @Test
    void trioPerStructureRuptureTableEqualsTheHandWrittenSqls() {
        int year = SchoolYear.of(today()).startYear();
        for (int schoolYear : List.of(year - 1, year)) {
            AnalysisQueries.Request request = new AnalysisQueries.Request(
                    schoolYear, AnalysisQueries.Request.defaultReferenceDate(schoolYear), null, null);
            Map<String, List<Long>> trio = BenchmarkAnswers.trioStructures(analysis.analyse(request, network()));
            Map<String, List<Long>> hand = BenchmarkAnswers.handStructures(jdbc, schoolYear, request.referenceDate());
            assertThat(trio).as("structures of %s", schoolYear).isEqualTo(hand);
            if (schoolYear == year - 1) {
                assertThat(trio.values().stream().mapToLong(row -> row.get(1)).sum())
                        .as("ruptures of the demo's previous year")
                        .isPositive();
            }
        }
    }
}
