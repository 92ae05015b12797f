package org.trio.referential.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trio.shared.Identifiers;

/**
 * Loads the public nomenclatures shipped in {@code src/main/resources/reference} (kit apprentissage, vocational
 * diplomas, diploma levels, départements, filières by NSF group) into the referential tables, once per version of each
 * file: a file whose checksum did not change is not reloaded.
 */
@Component
class ReferenceDataLoader implements ApplicationRunner, Ordered {

    private static final Log log = LogFactory.getLog(ReferenceDataLoader.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        load("kit-apprentissage-20231218.csv", "referential.reference_diploma", this::diploma, true);
        load("diplomes-professionnels.csv", "referential.reference_vocational_diploma", this::vocational, true);
        load("bcn-niveau-formation-diplome.csv", "referential.reference_level", this::level, true);
        load("departements-academies-regions.csv", "referential.reference_department", this::department, true);
        load("filieres-nsf.csv", "referential.sector_rule", this::sector, false);
    }

    private void load(String file, String table, Function<CSVRecord, Map<String, Object>> row, boolean replace) {
        byte[] content = read(file);
        String checksum = sha256(content);
        String known = jdbc.sql("select checksum from referential.reference_load where name = ?")
                .param(file)
                .query(String.class)
                .optional()
                .orElse(null);
        if (checksum.equals(known)) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CSVRecord record : parse(content)) {
            Map<String, Object> values = row.apply(record);
            if (values != null) {
                rows.add(values);
            }
        }
        transactions.executeWithoutResult(status -> {
            if (replace) {
                jdbc.sql("delete from " + table).update();
            }
            for (Map<String, Object> values : rows) {
                String columns = String.join(", ", values.keySet());
                String parameters = ":" + String.join(", :", values.keySet());
                jdbc.sql("insert into " + table + " (" + columns + ") values (" + parameters
                                + ") on conflict do nothing")
                        .params(values)
                        .update();
            }
            jdbc.sql("""
                            insert into referential.reference_load (name, checksum, rows, loaded_at)
                            values (:name, :checksum, :rows, :at)
                            on conflict (name) do update set checksum = :checksum, rows = :rows, loaded_at = :at
                            """)
                    .param("name", file)
                    .param("checksum", checksum)
                    .param("rows", rows.size())
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        });
        log.info("Nomenclature " + file + " chargée : " + rows.size() + " lignes");
    }

    private Map<String, Object> diploma(CSVRecord record) {
        String cfd = Identifiers.normalize(record.get(0));
        if (cfd.length() != 8) {
            return null;
        }
        String rncp = Identifiers.normalizeRncp(record.get(2));
        return Map.of(
                "cfd", cfd,
                "label", record.get(1).strip(),
                "rncp", rncp.isEmpty() ? "" : rncp,
                "level", levelOf(record.get(3)),
                "abbreviation", record.get(4).strip(),
                "apprenticeship_open", "oui".equalsIgnoreCase(record.get(6).strip()),
                "active", "ACTIVE".equalsIgnoreCase(record.get(8).strip()));
    }

    private Map<String, Object> vocational(CSVRecord record) {
        String code = Identifiers.normalize(record.get(3));
        if (code.length() < 8) {
            return null;
        }
        String rncp = record.get(6).strip();
        return Map.of(
                "cfd", code.substring(0, 8),
                "diploma_type", record.get(4).strip(),
                "specialty", record.get(5).strip(),
                "level", levelOf(record.get(2)),
                "rncp", rncp.isEmpty() ? "" : Identifiers.normalizeRncp(rncp),
                "commission", record.get(0).strip(),
                "sector", record.get(1).strip(),
                "first_session", yearOf(record.get(8)),
                "last_session", yearOf(record.get(9)));
    }

    private Map<String, Object> level(CSVRecord record) {
        return Map.of(
                "code", record.get(0).strip(),
                "inter_level", record.get(1).strip(),
                "short_label", record.get(2).strip(),
                "label", record.get(3).strip(),
                "rncp_level", record.get(9).strip());
    }

    private Map<String, Object> department(CSVRecord record) {
        return Map.of(
                "region", record.get(0).strip(),
                "academy_code", record.get(1).strip(),
                "region_code", record.get(2).strip(),
                "code", record.get(3).strip(),
                "academy", record.get(4).strip(),
                "label", record.get(5).strip());
    }

    private Map<String, Object> sector(CSVRecord record) {
        return Map.of(
                "nsf_group", record.get(0).strip(), "sector", record.get(1).strip());
    }

    private static int levelOf(String raw) {
        String digits = raw.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, 1));
    }

    private static int yearOf(String raw) {
        String digits = raw.replaceAll("[^0-9]", "");
        return digits.length() == 4 ? Integer.parseInt(digits) : 0;
    }

    private static Iterable<CSVRecord> parse(byte[] content) {
        try {
            Reader reader = new InputStreamReader(
                    BOMInputStream.builder()
                            .setInputStream(new java.io.ByteArrayInputStream(content))
                            .get(),
                    StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("reference/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Nomenclature introuvable : " + file, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
