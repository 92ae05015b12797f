package org.trio.quality.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the charter's quality-trajectory grid ({@code quality/charter-trajectory-2023.csv}, the annex of the 2023
 * charter checked against the seed) into {@code quality.charter_item} at start-up, before the demo data. Rows are
 * matched on their code, so a corrected wording updates the item without touching the self-assessments.
 */
@Component
class CharterGridLoader implements ApplicationRunner, Ordered {

    static final String CHARTER = "2023";
    private static final String FILE = "quality/charter-trajectory-2023.csv";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CharterGridLoader(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public int getOrder() {
        return 5;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            for (CSVRecord row : read()) {
                jdbc.sql("""
                                insert into quality.charter_item (charter, code, area, area_title, perimeters, perimeter,
                                  perimeter_title, kind, heading, level, parent_code, position, text, assessable)
                                values (:charter, :code, :area, :areaTitle, :perimeters, :perimeter, :perimeterTitle,
                                  :kind, :heading, :level, :parentCode, :position, :text, :assessable)
                                on conflict (charter, code) do update set area = excluded.area,
                                  area_title = excluded.area_title, perimeters = excluded.perimeters,
                                  perimeter = excluded.perimeter, perimeter_title = excluded.perimeter_title,
                                  kind = excluded.kind, heading = excluded.heading, level = excluded.level,
                                  parent_code = excluded.parent_code, position = excluded.position,
                                  text = excluded.text, assessable = excluded.assessable
                                """)
                        .param("charter", CHARTER)
                        .param("code", row.get("code"))
                        .param("area", Short.parseShort(row.get("area")))
                        .param("areaTitle", row.get("area_title"))
                        .param("perimeters", row.get("perimeters"))
                        .param(
                                "perimeter",
                                row.get("perimeter").isEmpty() ? null : Short.parseShort(row.get("perimeter")))
                        .param(
                                "perimeterTitle",
                                row.get("perimeter_title").isEmpty() ? null : row.get("perimeter_title"))
                        .param("kind", row.get("kind"))
                        .param("heading", row.get("heading"))
                        .param("level", Short.parseShort(row.get("level")))
                        .param("parentCode", row.get("parent_code").isEmpty() ? null : row.get("parent_code"))
                        .param("position", Integer.parseInt(row.get("position")))
                        .param("text", row.get("text"))
                        .param("assessable", Boolean.parseBoolean(row.get("assessable")))
                        .update();
            }
        });
    }

    private static Iterable<CSVRecord> read() {
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
