package org.trio.contract.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code contract.status_period} right: the status runs of every enrolment, recomputed for one apprentice when
 * an enrolment or a contract of theirs changes, and for everybody in bulk (streamed, written through {@code COPY}).
 */
@Service
class StatusRecorder {

    private static final String READ_ALL = """
            select e.apprentice_id, e.programme_id, 0 as kind, e.id, e.school_year, e.cfa_id, e.site_id,
                   e.programme_year, e.training_start, e.training_end, e.exclusion_date
              from contract.enrolment e
            union all
            select e.apprentice_id, e.programme_id, 1, e.id, null, null, null, null, c.start_date, c.end_date,
                   c.rupture_date
              from contract.apprenticeship_contract c join contract.enrolment e on e.id = c.enrolment_id
            order by 1, 2, 3
            """;
    private static final String COPY = "copy contract.status_period (enrolment_id, apprentice_id, school_year, cfa_id,"
            + " site_id, programme_id, programme_year, status, start_date, end_date, before_start) from stdin"
            + " (format csv)";
    private static final int BATCH = 50_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    StatusRecorder(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Recomputes every status run of one apprentice, in the current transaction. */
    @Transactional
    void recomputeApprentice(long apprenticeId) {
        List<StatusPaths.EnrolmentRow> enrolments = jdbc.sql("""
                        select id, apprentice_id, programme_id, school_year, cfa_id, site_id, programme_year,
                               training_start, training_end, exclusion_date
                          from contract.enrolment where apprentice_id = ?""")
                .param(apprenticeId)
                .query(StatusPaths.EnrolmentRow.class)
                .list();
        List<StatusPaths.ContractRow> contracts = jdbc.sql("""
                        select c.enrolment_id, c.start_date, c.end_date, c.rupture_date
                          from contract.apprenticeship_contract c where c.apprentice_id = ?""")
                .param(apprenticeId)
                .query(StatusPaths.ContractRow.class)
                .list();
        jdbc.sql("delete from contract.status_period where apprentice_id = ?")
                .param(apprenticeId)
                .update();
        List<StatusPaths.Row> rows = StatusPaths.rows(enrolments, contracts);
        for (StatusPaths.Row row : rows) {
            jdbc.sql("""
                            insert into contract.status_period (enrolment_id, apprentice_id, school_year, cfa_id,
                              site_id, programme_id, programme_year, status, start_date, end_date, before_start)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            row.enrolmentId(),
                            row.apprenticeId(),
                            row.schoolYear(),
                            row.cfaId(),
                            row.siteId(),
                            row.programmeId(),
                            row.programmeYear(),
                            row.status().code(),
                            row.from(),
                            row.to(),
                            row.beforeStart())
                    .update();
        }
    }

    /**
     * Recomputes the status runs of every enrolment: reads enrolments and contracts in one ordered stream, computes
     * each apprentice's paths, and rewrites the table through {@code COPY} (indexes rebuilt after the load).
     *
     * @return the number of runs written
     */
    @Transactional
    long recomputeAll() {
        jdbc.sql("truncate contract.status_period").update();
        jdbc.sql("drop index if exists contract.status_period_year_idx").update();
        jdbc.sql("drop index if exists contract.status_period_apprentice_idx").update();
        long written;
        Connection writer = DataSourceUtils.getConnection(dataSource);
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            reader.setReadOnly(true);
            written = stream(reader, writer.unwrap(PGConnection.class).getCopyAPI());
            reader.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Recalcul des statuts impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(writer, dataSource);
        }
        jdbc.sql("create index status_period_year_idx on contract.status_period (school_year, start_date) include"
                        + " (end_date, status, cfa_id, site_id, programme_id, programme_year, apprentice_id)")
                .update();
        jdbc.sql("create index status_period_apprentice_idx on contract.status_period (apprentice_id)")
                .update();
        jdbc.sql("analyze contract.status_period").update();
        return written;
    }

    private long stream(Connection reader, CopyManager copy) throws SQLException, IOException {
        long written = 0;
        StringBuilder batch = new StringBuilder();
        int batched = 0;
        List<StatusPaths.EnrolmentRow> enrolments = new ArrayList<>();
        List<StatusPaths.ContractRow> contracts = new ArrayList<>();
        long currentApprentice = -1;
        long currentProgramme = -1;
        try (PreparedStatement statement = reader.prepareStatement(READ_ALL)) {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long apprentice = rs.getLong(1);
                    long programme = rs.getLong(2);
                    if (apprentice != currentApprentice || programme != currentProgramme) {
                        batched += append(batch, StatusPaths.rows(enrolments, contracts));
                        enrolments.clear();
                        contracts.clear();
                        currentApprentice = apprentice;
                        currentProgramme = programme;
                        if (batched >= BATCH) {
                            copy.copyIn(COPY, new StringReader(batch.toString()));
                            written += batched;
                            batch.setLength(0);
                            batched = 0;
                        }
                    }
                    if (rs.getInt(3) == 0) {
                        enrolments.add(new StatusPaths.EnrolmentRow(
                                rs.getLong(4),
                                apprentice,
                                programme,
                                rs.getShort(5),
                                rs.getLong(6),
                                (Long) rs.getObject(7),
                                rs.getShort(8),
                                date(rs, 9),
                                date(rs, 10),
                                date(rs, 11)));
                    } else {
                        contracts.add(
                                new StatusPaths.ContractRow(rs.getLong(4), date(rs, 9), date(rs, 10), date(rs, 11)));
                    }
                }
            }
        }
        batched += append(batch, StatusPaths.rows(enrolments, contracts));
        if (batched > 0) {
            copy.copyIn(COPY, new StringReader(batch.toString()));
            written += batched;
        }
        return written;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static int append(StringBuilder batch, List<StatusPaths.Row> rows) {
        for (StatusPaths.Row row : rows) {
            batch.append(row.enrolmentId())
                    .append(',')
                    .append(row.apprenticeId())
                    .append(',')
                    .append(row.schoolYear())
                    .append(',')
                    .append(row.cfaId())
                    .append(',')
                    .append(row.siteId() == null ? "" : row.siteId().toString())
                    .append(',')
                    .append(row.programmeId())
                    .append(',')
                    .append(row.programmeYear())
                    .append(',')
                    .append(row.status().code())
                    .append(',')
                    .append(row.from())
                    .append(',')
                    .append(row.to())
                    .append(',')
                    .append(row.beforeStart())
                    .append('\n');
        }
        return rows.size();
    }
}
