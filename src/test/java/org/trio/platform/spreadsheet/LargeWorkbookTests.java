package org.trio.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size of the national upload file: 50,000 rows of 62 columns, read as a stream. */
class LargeWorkbookTests {

    private static final int ROWS = 50_000;
    private static final int COLUMNS = 62;

    @Test
    void readsFiftyThousandRowsOfSixtyTwoColumnsRowByRow(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("televersement.xlsx");
        write(file);
        AtomicInteger count = new AtomicInteger();
        AtomicReference<SheetRow> last = new AtomicReference<>();
        long before = liveMemory();
        long[] peak = {before};
        try (InputStream in = Files.newInputStream(file)) {
            new SpreadsheetReader().read(in, "televersement.xlsx", SheetChoice.named("Modèle"), row -> {
                count.incrementAndGet();
                last.set(row);
                if (row.number() % 10_000 == 0) {
                    peak[0] = Math.max(peak[0], liveMemory());
                }
            });
        }
        assertThat(count).hasValue(ROWS + 1);
        assertThat(last.get().number()).isEqualTo(ROWS + 1);
        assertThat(last.get().values()).hasSize(COLUMNS);
        assertThat(last.get().value("A")).isEqualTo("Apprenti " + ROWS);
        assertThat(last.get().value("BJ")).isEqualTo(String.valueOf(ROWS * 61L));
        long growth = (peak[0] - before) / (1024 * 1024);
        System.out.printf(
                "Lecture de %d lignes × %d colonnes : mémoire vive en plus au plus %d Mo%n", ROWS, COLUMNS, growth);
        assertThat(growth).as("memory kept while reading, in MB").isLessThan(64);
    }

    /** Memory still in use after a garbage collection (an estimate: the JVM may ignore the request). */
    private static long liveMemory() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void write(Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Modèle");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS; c++) {
                header.createCell(c).setCellValue("Colonne " + (c + 1));
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Apprenti " + r);
                for (int c = 1; c < COLUMNS; c++) {
                    row.createCell(c).setCellValue((double) r * c);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
