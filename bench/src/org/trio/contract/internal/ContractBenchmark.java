package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioApplication;
import org.trio.access.ApprenticeScope;
import org.trio.shared.SchoolYear;

/**
 * Measures, on a generated network, Trio's headcounts as of a date, its per-structure rupture table (and the whole
 * analysis), and the recomputation of every status, each beside the hand-written SQL giving the same answer. Prints
 * medians and minimums of repeated runs after warm-up. Run through {@code bench/run.sh}.
 */
public class ContractBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 7;
    private static final int HEAVY_RUNS = 3;

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.add("--trio.demo.enabled=false");
        arguments.add("--server.port=0");
        arguments.add("--logging.level.root=WARN");
        try (ConfigurableApplicationContext context =
                SpringApplication.run(TrioApplication.class, arguments.toArray(String[]::new))) {
            new ContractBenchmark(context).run();
        }
    }

    private final JdbcClient jdbc;
    private final StatusQueries statuses;
    private final AnalysisQueries analysisQueries;
    private final RuptureAnalysis analysis;
    private final StatusRecorder recorder;

    ContractBenchmark(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.statuses = context.getBean(StatusQueries.class);
        this.analysisQueries = context.getBean(AnalysisQueries.class);
        this.analysis = context.getBean(RuptureAnalysis.class);
        this.recorder = context.getBean(StatusRecorder.class);
    }

    void run() {
        long apprentices = count("select count(*) from referential.apprentice");
        long enrolments = count("select count(*) from contract.enrolment");
        long contracts = count("select count(*) from contract.apprenticeship_contract");
        long ruptures = count("select count(*) from contract.rupture");
        long runs = count("select count(*) from contract.status_period");
        LocalDate today = jdbc.sql("select max(reference_date) from platform.demo_run")
                .query(LocalDate.class)
                .single();
        int year = SchoolYear.of(today).startYear();
        int previous = year - 1;
        Set<Long> cfas = new HashSet<>(jdbc.sql("select id from referential.cfa").query(Long.class).list());
        ApprenticeScope network = new ApprenticeScope(cfas, Set.of(), Set.of());
        System.out.printf(Locale.ROOT,
                "%nData: %d apprentices, %d enrolments, %d contracts, %d ruptures, %d status runs; day %s%n%n",
                apprentices, enrolments, contracts, ruptures, runs, today);

        AnalysisQueries.Request request = new AnalysisQueries.Request(
                previous, AnalysisQueries.Request.defaultReferenceDate(previous), null, null);
        // A ratio only means something when both sides give the same answer.
        same("headcounts", BenchmarkAnswers.trioHeadcounts(statuses, year, today, network),
                BenchmarkAnswers.handHeadcounts(jdbc, year, today));
        same("per-structure table", BenchmarkAnswers.trioStructures(analysis.analyse(request, network)),
                BenchmarkAnswers.handStructures(jdbc, request.schoolYear(), request.referenceDate()));

        report(
                "Headcounts as of a date (network)",
                () -> sum(BenchmarkAnswers.trioHeadcounts(statuses, year, today, network)),
                () -> sum(BenchmarkAnswers.handHeadcounts(jdbc, year, today)));
        report(
                "Per-structure rupture table (previous year, 15 August)",
                () -> structureTable(request, network),
                () -> handStructureTable(request));
        report(
                "Whole rupture analysis (11 tables, cost included)",
                () -> (long) analysis.analyse(request, network).tables().size(),
                () -> handStructureTable(request));

        heavy = true;
        report("Recompute every status", recorder::recomputeAll, this::handCopy);
    }

    /** What the page's first table needs: active and ruptures grouped, then shaped per structure in Java. */
    private long structureTable(AnalysisQueries.Request request, ApprenticeScope scope) {
        List<AnalysisQueries.ActiveGroup> active = analysisQueries.active(request, scope);
        List<AnalysisQueries.RuptureGroup> ruptures = analysisQueries.ruptures(request, scope);
        return active.size() + ruptures.size();
    }

    /** The same figures in one hand-written statement (structure = UFA site, else CFA), see BenchmarkAnswers. */
    private long handStructureTable(AnalysisQueries.Request request) {
        return BenchmarkAnswers.handStructures(jdbc, request.schoolYear(), request.referenceDate()).size();
    }

    private static void same(String what, Object trio, Object hand) {
        if (!trio.equals(hand)) {
            throw new IllegalStateException("Trio and the hand-written SQL disagree on the " + what + ": " + trio
                    + " / " + hand);
        }
        System.out.printf(Locale.ROOT, "Same answer from Trio and the hand-written SQL: %s%n", what);
    }

    private static long sum(java.util.Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The floor of any recomputation: writing the same rows and indexes again, in SQL. */
    private long handCopy() {
        jdbc.sql("drop table if exists contract.bench_status_copy").update();
        long rows = jdbc.sql("create table contract.bench_status_copy as select * from contract.status_period")
                .update();
        jdbc.sql("create index on contract.bench_status_copy (school_year, start_date) include (end_date, status,"
                        + " cfa_id, site_id, programme_id, programme_year, apprentice_id)")
                .update();
        jdbc.sql("drop table contract.bench_status_copy").update();
        return rows;
    }

    private void report(String name, Supplier<Long> trio, Supplier<Long> hand) {
        double[] trioTimes = time(trio);
        double[] handTimes = time(hand);
        System.out.printf(Locale.ROOT,
                "%-55s Trio median %9.1f ms (min %9.1f) | hand SQL median %9.1f ms (min %9.1f) | ratio %.2f%n",
                name, median(trioTimes), trioTimes[0], median(handTimes), handTimes[0],
                median(trioTimes) / median(handTimes));
    }

    private boolean heavy;

    private double[] time(Supplier<Long> work) {
        int warmUp = heavy ? 1 : WARM_UP;
        int runs = heavy ? HEAVY_RUNS : RUNS;
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(times);
        return times;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
