package org.trio.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.trio.platform.document.ExportSamples.Person;

class XlsxTableWriterTests {

    private final XlsxTableWriter writer = new XlsxTableWriter(ZoneId.of("Europe/Paris"));

    @Test
    void writesABoldFrozenFilteredHeaderRow() throws IOException {
        try (XSSFWorkbook workbook = write(ExportSamples.people())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Actif");
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G7");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(6));
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Apprentis [2026/2027]: liste*");
        }
    }

    @Test
    void writesNumbersDatesAndBooleansAsTypedCells() throws IOException {
        try (XSSFWorkbook workbook = write(ExportSamples.people())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell age = sheet.getRow(1).getCell(1);
            assertThat(age.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(age.getNumericCellValue()).isEqualTo(19);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            XSSFCell rate = sheet.getRow(1).getCell(3);
            assertThat(rate.getNumericCellValue()).isEqualTo(0.125);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            XSSFCell born = sheet.getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(born)).isTrue();
            assertThat(born.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(born.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2007, 3, 9));
            assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue())
                    .as("07:30 UTC shown in Paris time")
                    .isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 30));
            assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(sheet.getRow(1).getCell(6).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(3).getCell(1))
                    .as("a null value gives no cell")
                    .isNull();
        }
    }

    @Test
    void neutralisesFormulaLikeTextButKeepsNegativeNumbersNumeric() throws IOException {
        try (XSSFWorkbook workbook = write(ExportSamples.people())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int row = 2; row <= 6; row++) {
                XSSFCell cell = sheet.getRow(row).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("row %d is quoted text", row)
                        .isTrue();
            }
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("+33 6 12 34 56 78");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("-2+3");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("@cmd");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
            XSSFCell negative = sheet.getRow(2).getCell(1);
            assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(negative.getNumericCellValue()).isEqualTo(-2);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-2.75);
        }
    }

    @Test
    void writesOneSheetPerTableWithValidUniqueNames() throws IOException {
        Table<Person> second = Table.<Person>titled("Apprentis [2026/2027]: liste*")
                .text("Nom", Person::name)
                .rows(List.of());
        Table<Person> long_ = Table.<Person>titled("'Un titre beaucoup trop long pour une feuille Excel'")
                .text("Nom", Person::name)
                .rows(ExportSamples.PEOPLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(ExportSamples.people(), second, long_), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Apprentis 2026 2027 liste");
            assertThat(workbook.getSheetName(1)).isEqualTo("Apprentis 2026 2027 liste (2)");
            assertThat(workbook.getSheetName(2)).isEqualTo("Un titre beaucoup trop long pou");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isZero();
            assertThat(workbook.getSheetAt(2).getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo("\tcaché");
        }
    }

    @Test
    void closesTheRowStreamAfterWriting() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        Table<Person> table = Table.<Person>titled("Flux")
                .text("Nom", Person::name)
                .rows(() -> ExportSamples.PEOPLE.stream().onClose(() -> closed.set(true)));
        writer.write(table, new ByteArrayOutputStream());
        assertThat(closed).isTrue();
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingTheColumn() {
        Table<String> table = Table.<String>titled("Erreur")
                .date("Date d'entrée", text -> text)
                .rows(List.of("hier"));
        assertThatThrownBy(() -> writer.write(table, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Date d'entrée")
                .hasMessageContaining("String");
    }

    @Test
    void writesAStreamOnlyOnce() throws IOException {
        Table<Person> table =
                Table.<Person>titled("Flux").text("Nom", Person::name).rows(ExportSamples.PEOPLE.stream());
        writer.write(table, new ByteArrayOutputStream());
        assertThatThrownBy(() -> writer.write(table, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("déjà été écrites");
    }

    @Test
    void streamsAHundredThousandRows() throws IOException {
        int rows = 100_000;
        Table<Integer> table = Table.<Integer>titled("Volume")
                .integer("Numéro", n -> n)
                .text("Libellé", n -> "Ligne " + n)
                .date("Date", n -> LocalDate.of(2026, 1, 1).plusDays(n % 365))
                .rows(() -> Stream.iterate(1, n -> n + 1).limit(rows));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(rows).getCell(0).getNumericCellValue()).isEqualTo(rows);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C100001");
        }
    }

    private XSSFWorkbook write(Table<?> table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
