package org.trio.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableWriterTests {

    private final CsvTableWriter writer = new CsvTableWriter(ZoneId.of("Europe/Paris"));

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        byte[] bytes = write();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNom;Âge;Montant;Taux;Naissance;Vu le;Actif\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void writesFrenchDatesDecimalCommasPercentagesAndBooleans() throws IOException {
        List<CSVRecord> records = read(write());
        assertThat(records.get(0).toList())
                .containsExactly("Nom", "Âge", "Montant", "Taux", "Naissance", "Vu le", "Actif");
        assertThat(records.get(1).toList())
                .containsExactly(
                        "Zoé Lefèvre; « cœur »", "19", "1234,5", "12,5%", "09/03/2007", "23/11/2026 08:30", "Oui");
        assertThat(records.get(2).toList()).containsExactly("'=SUM(A1)", "-2", "-2,75", "-50%", "", "", "Non");
        assertThat(records.get(4).get(2)).isEqualTo("0");
        assertThat(records.get(4).get(3)).isEqualTo("100%");
        assertThat(records.get(5).get(2)).isEqualTo("0,1");
    }

    @Test
    void prefixesFormulaLikeTextWithAQuoteButNotNumbers() throws IOException {
        List<CSVRecord> records = read(write());
        assertThat(records.stream().skip(2).map(record -> record.get(0)))
                .containsExactly("'=SUM(A1)", "'+33 6 12 34 56 78", "'-2+3", "'@cmd", "'\tcaché");
        assertThat(records.get(2).get(1))
                .as("a negative integer stays a number")
                .isEqualTo("-2");
    }

    private byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(ExportSamples.people(), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(
                new StringReader(text),
                CSVFormat.Builder.create().setDelimiter(';').get())) {
            return parser.getRecords();
        }
    }
}
