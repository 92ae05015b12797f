package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TdbRowParserTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TdbRowParser.Parsed parse(Map<TdbColumn, String> row) {
        return TdbRowParser.parse(2, column -> row.getOrDefault(column, ""), TODAY);
    }

    @Test
    void readsTheTemplatesExampleRowWithWarningsOnlyForIdentifierKeysAndDates() {
        TdbRowParser.Parsed parsed = parse(TdbFiles.exampleRow());

        assertThat(parsed.hasErrors()).as(parsed.issues().toString()).isFalse();
        TdbRow row = parsed.row();
        assertThat(row.text(TdbColumn.BIRTH_DATE)).isEqualTo("1998-01-24");
        assertThat(row.text(TdbColumn.SEX)).isEqualTo("F");
        assertThat(row.text(TdbColumn.RQTH)).isEqualTo("OUI");
        assertThat(row.text(TdbColumn.CFA_TYPE)).isEqualTo("10");
        assertThat(row.contracts()).hasSize(4);
        assertThat(parsed.issues())
                .filteredOn(issue -> issue.column() != null && issue.column().kind() == TdbColumn.Kind.SIRET)
                .extracting(ImportIssue::columnLetter)
                .containsExactlyInAnyOrder("S", "U", "W", "AS", "AX", "BC", "BH");
        assertThat(parsed.issues())
                .filteredOn(issue -> issue.column() != null && issue.column().kind() == TdbColumn.Kind.UAI)
                .extracting(ImportIssue::columnLetter)
                .containsExactlyInAnyOrder("R", "T", "V");
        assertThat(parsed.issues())
                .allSatisfy(issue -> assertThat(issue.isError()).isFalse());
    }

    @Test
    void estimatesTheRowsOfATextFileForTheProgressBarButNotOfAWorkbook() {
        assertThat(ImportJobs.estimatedRows("en-tête\nune\ndeux\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(ImportJobs.estimatedRows("en-tête\r\nune\r\ndeux".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(ImportJobs.estimatedRows(TdbFiles.xlsx(java.util.List.of(TdbFiles.exampleRow()))))
                .isZero();
    }
}
