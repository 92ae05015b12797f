package org.trio.exchange.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs: the file, the state and the progress of each import are kept in {@code exchange.import_job} so that the
 * page can follow a large file (htmx polling) and the error report can be downloaded later. Analyses and imports run
 * on one background thread, as the user who started them; the progress is written in transactions of its own, so it
 * shows while the import's single transaction is still open.
 */
@Service
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    enum State {
        QUEUED,
        ANALYSING,
        READY,
        REFUSED,
        IMPORTING,
        DONE,
        FAILED;

        public boolean running() {
            return this == QUEUED || this == ANALYSING || this == IMPORTING;
        }
    }

    /** A job as the pages show it. */
    record Job(
            long id,
            long networkId,
            @Nullable Long cfaId,
            String username,
            String source,
            String fileName,
            State state,
            int rowsTotal,
            int rowsDone,
            int rowsNew,
            int rowsUpdated,
            int rowsUnchanged,
            int errors,
            int warnings,
            int duplicates,
            @Nullable String message,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime finishedAt,
            @Nullable String encoding) {

        public int percent() {
            if (state == State.DONE || state == State.READY || state == State.REFUSED) {
                return 100;
            }
            return rowsTotal == 0 ? 0 : Math.min(100, rowsDone * 100 / rowsTotal);
        }
    }

    private static final int KEPT_ANALYSES = 8;

    private static final String SELECT = "select id, network_id, cfa_id, username, source, file_name, state,"
            + " rows_total, rows_done, rows_new, rows_updated, rows_unchanged, errors, warnings, duplicates, message,"
            + " created_at, finished_at, encoding from exchange.import_job";

    private final ImportService service;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate separate;
    private final Clock clock;
    /** Analyses waiting for their confirmation; the oldest are dropped (their file is analysed again if confirmed). */
    private final Map<Long, ImportAnalysis> analyses =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ImportAnalysis> eldest) {
                    return size() > KEPT_ANALYSES;
                }
            });

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "trio-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(
            ImportService service,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.service = service;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Records a new job with its file (kept so that the error report can mark the faulty cells; the command line does
     * not keep it).
     */
    long create(ImportTarget target, @Nullable Long cfaId, String source, String fileName, @Nullable byte[] content) {
        return separate.execute(status -> jdbc.sql("""
                        insert into exchange.import_job (network_id, cfa_id, username, source, file_name, file_content,
                          state, created_at)
                        values (?, ?, ?, ?, ?, ?, 'QUEUED', ?) returning id""")
                .params(
                        target.networkId(),
                        cfaId,
                        target.who(),
                        source,
                        fileName.length() > 300 ? fileName.substring(0, 300) : fileName,
                        content,
                        OffsetDateTime.now(clock))
                .query(Long.class)
                .single());
    }

    /** Analyses the job's file on the background thread. */
    void analyseLater(long jobId, ImportTarget target) {
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> analyse(jobId, target), SecurityContextHolder.getContext()));
    }

    /** Analyses the job's file, then imports it when it has no error, on the background thread (the API). */
    void analyseAndImportLater(long jobId, ImportTarget target) {
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> {
                    if (analyse(jobId, target).importable()) {
                        importNow(jobId, target);
                    }
                },
                SecurityContextHolder.getContext()));
    }

    /** Imports the analysed file on the background thread. */
    void importLater(long jobId, ImportTarget target) {
        setState(jobId, State.IMPORTING, null);
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> importNow(jobId, target), SecurityContextHolder.getContext()));
    }

    /** Analyses the job's file now, stores the problems and counts, keeps the analysis for the import. */
    ImportAnalysis analyse(long jobId, ImportTarget target) {
        return analyse(jobId, target, content(jobId), job(jobId).orElseThrow().fileName(), ImportService.Progress.NONE);
    }

    /**
     * Analyses a file now for the job, stores the problems and counts, keeps the analysis for the import.
     *
     * @param progress told how far the analysis went, besides the job's own progress
     */
    ImportAnalysis analyse(
            long jobId, ImportTarget target, byte[] content, String fileName, ImportService.Progress progress) {
        try {
            setState(jobId, State.ANALYSING, null);
            progress(jobId, 0, estimatedRows(content));
            ImportAnalysis analysis = service.analyse(content, fileName, target, (done, total) -> {
                progress(jobId, done, total);
                progress.rows(done, total);
            });
            String encoding = service.encoding(content, fileName).orElse(null);
            separate.executeWithoutResult(status -> jdbc.sql("update exchange.import_job set encoding = ? where id = ?")
                    .params(encoding, jobId)
                    .update());
            storeAnalysis(jobId, analysis);
            analyses.put(jobId, analysis);
            return analysis;
        } catch (RuntimeException e) {
            log.error("Analyse de l'import {} impossible", jobId, e);
            finish(jobId, State.FAILED, "Analyse impossible : " + e.getMessage());
            throw e;
        }
    }

    /** Imports the job's file now (all rows or none) and records the outcome. */
    Optional<ImportService.Outcome> importNow(long jobId, ImportTarget target) {
        return importNow(jobId, target, ImportService.Progress.NONE);
    }

    /**
     * Imports the job's analysed file now (all rows or none) and records the outcome; analyses the stored file again
     * when its analysis is no longer kept.
     */
    Optional<ImportService.Outcome> importNow(long jobId, ImportTarget target, ImportService.Progress progress) {
        ImportAnalysis analysis = analyses.remove(jobId);
        if (analysis == null) {
            analysis = analyse(jobId, target);
        }
        if (!analysis.importable()) {
            finish(jobId, State.REFUSED, "Le fichier a des erreurs : rien n'a été importé.");
            return Optional.empty();
        }
        setState(jobId, State.IMPORTING, null);
        int total = analysis.rows().size();
        try {
            ImportService.Outcome outcome = service.commit(analysis, target, jobId, (done, all) -> {
                progress(jobId, done, total);
                progress.rows(done, all);
            });
            separate.executeWithoutResult(status -> jdbc.sql("""
                            update exchange.import_job set state = 'DONE', rows_done = rows_total, rows_new = ?,
                              rows_updated = ?, rows_unchanged = ?, message = ?, finished_at = ?
                             where id = ?""")
                    .params(
                            outcome.created(),
                            outcome.updated(),
                            outcome.unchanged(),
                            outcome.unmappedCauses() == 0
                                    ? null
                                    : outcome.unmappedCauses() + " rupture(s) avec une cause à rattacher à un motif",
                            OffsetDateTime.now(clock),
                            jobId)
                    .update());
            return Optional.of(outcome);
        } catch (ImportService.ImportFailure failure) {
            storeIssues(jobId, List.of(failure.issue()));
            finish(
                    jobId,
                    State.FAILED,
                    "Import annulé, rien n'a été enregistré. " + failure.issue().message());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.error("Import {} annulé", jobId, e);
            finish(jobId, State.FAILED, "Import annulé, rien n'a été enregistré : " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * How many rows a file has, for the progress bar of its analysis: the line breaks of a text file (a CSV) less its
     * header; 0 for a workbook, whose rows are only known once read.
     */
    static int estimatedRows(byte[] content) {
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        if (zip || content.length == 0) {
            return 0;
        }
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        if (content[content.length - 1] != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    Optional<Job> job(long jobId) {
        return jdbc.sql(SELECT + " where id = ?").param(jobId).query(this::map).optional();
    }

    /** The latest jobs of a network, or of one CFA. */
    List<Job> recent(long networkId, @Nullable Long cfaId, int limit) {
        return jdbc.sql(SELECT + " where network_id = :network and (:cfa = -1 or cfa_id = :cfa)"
                        + " order by created_at desc, id desc limit :limit")
                .param("network", networkId)
                .param("cfa", cfaId == null ? -1L : cfaId)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** The analysis kept for an analysed job, if the application was not restarted since. */
    Optional<ImportAnalysis> analysis(long jobId) {
        return Optional.ofNullable(analyses.get(jobId));
    }

    byte[] content(long jobId) {
        byte[] content = jdbc.sql("select file_content from exchange.import_job where id = ?")
                .param(jobId)
                .query(byte[].class)
                .optional()
                .orElse(null);
        if (content == null) {
            throw new IllegalStateException("Le fichier de cet import n'est plus conservé");
        }
        return content;
    }

    boolean hasContent(long jobId) {
        return jdbc.sql("select file_content is not null from exchange.import_job where id = ?")
                .param(jobId)
                .query(Boolean.class)
                .single();
    }

    List<ImportIssue> issues(long jobId, int limit) {
        return jdbc.sql("""
                        select row_number, column_letter, value, reason, severity from exchange.import_issue
                         where job_id = ? order by position limit ?""")
                .params(jobId, limit)
                .query((rs, n) -> new ImportIssue(
                        rs.getInt(1),
                        columnOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        ImportIssue.Severity.valueOf(rs.getString(5))))
                .list();
    }

    private static @Nullable TdbColumn columnOf(@Nullable String letter) {
        if (letter == null || letter.isEmpty()) {
            return null;
        }
        for (TdbColumn column : TdbColumn.values()) {
            if (column.letter().equals(letter)) {
                return column;
            }
        }
        return null;
    }

    private void storeAnalysis(long jobId, ImportAnalysis analysis) {
        storeIssues(jobId, analysis.issues());
        State state = analysis.importable() ? State.READY : State.REFUSED;
        String message = analysis.refusal() != null
                ? analysis.refusal()
                : analysis.rows().isEmpty() || analysis.errors() > 0
                        ? "Le fichier a " + analysis.errors()
                                + " erreur(s) : corrigez-les puis téléversez-le à nouveau."
                        : null;
        separate.executeWithoutResult(status -> jdbc.sql("""
                        update exchange.import_job set state = ?, rows_total = ?, rows_done = ?, rows_new = ?,
                          rows_updated = ?, rows_unchanged = ?, errors = ?, warnings = ?, duplicates = ?, message = ?,
                          finished_at = ?
                         where id = ?""")
                .params(
                        state.name(),
                        analysis.totalRows(),
                        analysis.totalRows(),
                        (int) analysis.count(ImportAnalysis.Change.NEW),
                        (int) analysis.count(ImportAnalysis.Change.UPDATED),
                        (int) analysis.count(ImportAnalysis.Change.UNCHANGED),
                        (int) analysis.errors(),
                        (int) analysis.warnings(),
                        (int) analysis.duplicates(),
                        message,
                        state == State.REFUSED ? OffsetDateTime.now(clock) : null,
                        jobId)
                .update());
    }

    private void storeIssues(long jobId, List<ImportIssue> issues) {
        separate.executeWithoutResult(status -> {
            int start = jdbc.sql("select coalesce(max(position), 0) from exchange.import_issue where job_id = ?")
                    .param(jobId)
                    .query(Integer.class)
                    .single();
            List<Object[]> batch = new ArrayList<>();
            int position = start;
            for (ImportIssue issue : issues) {
                position++;
                batch.add(new Object[] {
                    jobId,
                    position,
                    issue.row(),
                    issue.columnLetter(),
                    issue.columnName(),
                    issue.value().length() > 400 ? issue.value().substring(0, 400) : issue.value(),
                    issue.reason().length() > 1000 ? issue.reason().substring(0, 1000) : issue.reason(),
                    issue.severity().name()
                });
            }
            jdbcTemplate.batchUpdate("""
                    insert into exchange.import_issue (job_id, position, row_number, column_letter, column_name,
                      value, reason, severity) values (?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        });
    }

    private void progress(long jobId, int done, int total) {
        separate.executeWithoutResult(status -> jdbc.sql(
                        "update exchange.import_job set rows_done = ?, rows_total = greatest(rows_total, ?) where id = ?")
                .params(done, total, jobId)
                .update());
    }

    private void setState(long jobId, State state, @Nullable String message) {
        separate.executeWithoutResult(status -> jdbc.sql(
                        "update exchange.import_job set state = ?, message = coalesce(?, message) where id = ?")
                .params(state.name(), message, jobId)
                .update());
    }

    private void finish(long jobId, State state, String message) {
        separate.executeWithoutResult(status -> jdbc.sql(
                        "update exchange.import_job set state = ?, message = ?, finished_at = ? where id = ?")
                .params(state.name(), message, OffsetDateTime.now(clock), jobId)
                .update());
    }

    private Job map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp(18);
        return new Job(
                rs.getLong(1),
                rs.getLong(2),
                (Long) rs.getObject(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                State.valueOf(rs.getString(7)),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                rs.getInt(13),
                rs.getInt(14),
                rs.getInt(15),
                rs.getString(16),
                rs.getObject(17, OffsetDateTime.class),
                finished == null ? null : rs.getObject(18, OffsetDateTime.class),
                rs.getString(19));
    }
}
