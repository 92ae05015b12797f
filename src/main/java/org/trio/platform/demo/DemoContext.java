package org.trio.platform.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.trio.shared.SchoolYear;

/**
 * What demo contributors share: the seed and size, "today", seeded random streams (one per purpose, so that adding a
 * stream elsewhere does not change the others), French names, values passed between contributors, id reservation and
 * bulk loading through {@code COPY}.
 */
public final class DemoContext {

    private static final int COPY_BATCH = 20_000;

    private final long seed;
    private final int apprentices;
    private final LocalDate today;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DemoNames names;
    private final Map<String, Object> shared = new HashMap<>();

    public DemoContext(long seed, int apprentices, LocalDate today, JdbcClient jdbc, DataSource dataSource) {
        this.seed = seed;
        this.apprentices = apprentices;
        this.today = today;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.names = DemoNames.load();
    }

    public long seed() {
        return seed;
    }

    /** How many apprentices the network should have over the current and previous school years. */
    public int apprentices() {
        return apprentices;
    }

    public LocalDate today() {
        return today;
    }

    public SchoolYear currentSchoolYear() {
        return SchoolYear.of(today);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public DemoNames names() {
        return names;
    }

    /** A random stream of its own for one purpose, the same for the same seed. */
    public SplittableRandom random(String purpose) {
        return new SplittableRandom(seed * 31 + purpose.hashCode());
    }

    public void share(String key, Object value) {
        shared.put(key, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T shared(String key) {
        Object value = shared.get(key);
        if (value == null) {
            throw new IllegalStateException("Donnée de démonstration absente : " + key);
        }
        return (T) value;
    }

    public boolean has(String key) {
        return shared.containsKey(key);
    }

    /**
     * Reserves {@code count} consecutive ids of a table whose id is an identity column, so rows can be copied with
     * known ids; call {@link #syncIdentity(String)} after loading them.
     */
    public long reserveIds(String table, int count) {
        Long max = jdbc.sql("select coalesce(max(id), 0) from " + table)
                .query(Long.class)
                .single();
        return max + 1;
    }

    /** Moves the identity sequence of a table past the rows loaded with explicit ids. */
    public void syncIdentity(String table) {
        jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(1, (select coalesce(max(id), 0)"
                        + " from " + table + ")))")
                .query(Long.class)
                .single();
    }

    /** Loads rows through PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)} in the current transaction. */
    public void copy(String table, String columns, Iterable<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + table + " (" + columns + ") from stdin (format csv, null '\\N')";
            StringBuilder batch = new StringBuilder();
            int count = 0;
            Iterator<Object[]> iterator = rows.iterator();
            while (iterator.hasNext()) {
                appendCsv(batch, iterator.next());
                if (++count % COPY_BATCH == 0) {
                    copy.copyIn(sql, new StringReader(batch.toString()));
                    batch.setLength(0);
                }
            }
            if (!batch.isEmpty()) {
                copy.copyIn(sql, new StringReader(batch.toString()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Chargement de " + table + " impossible : " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void appendCsv(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = row[i];
            if (value == null) {
                out.append("\\N");
            } else {
                String text = value.toString();
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
