package org.trio.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

class TableExportsTests {

    private final TableExports exports =
            new TableExports(Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneId.of("Europe/Paris")));

    @Test
    void answersXlsxWithADatedAttachment() throws IOException {
        ResponseEntity<StreamingResponseBody> response = exports.respond("XLSX ", "apprentis", ExportSamples.people());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(XlsxTableWriter.CONTENT_TYPE);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .as("the date of Paris, already the 24th")
                .startsWith("attachment; filename=\"apprentis-2026-11-24.xlsx\"");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body(response)))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void answersCsvInUtf8() throws IOException {
        ResponseEntity<StreamingResponseBody> response = exports.respond("csv", "élèves", ExportSamples.people());
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''%C3%A9l%C3%A8ves-2026-11-24.csv");
        assertThat(new String(body(response), StandardCharsets.UTF_8)).startsWith("\uFEFFNom;Âge");
    }

    @Test
    void answersSeveralTablesAsOneWorkbook() throws IOException {
        ResponseEntity<StreamingResponseBody> response =
                exports.respondWorkbook("rapport", List.of(ExportSamples.people(), ExportSamples.people()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body(response)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    void refusesAnUnknownFormatWithAFrenchMessage() throws IOException {
        ResponseEntity<StreamingResponseBody> response = exports.respond("pdf", "apprentis", ExportSamples.people());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
        assertThat(new String(body(response), StandardCharsets.UTF_8))
                .isEqualTo("Format d'export inconnu (« pdf »). Formats possibles : xlsx, csv.");
        assertThat(new String(
                        body(exports.respond((String) null, "apprentis", ExportSamples.people())),
                        StandardCharsets.UTF_8))
                .contains("aucun format indiqué");
    }

    private static byte[] body(ResponseEntity<StreamingResponseBody> response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.getBody().writeTo(out);
        return out.toByteArray();
    }
}
