package org.trio.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets built by the tests: a typical workbook and damaged or foreign files. */
final class TestFiles {

    private TestFiles() {}

    /**
     * A workbook with a sheet "Description" then "Modèle": header on row 1, a full row 2 (text, numbers, dates,
     * formula, boolean, a gap in column C), an empty row 3 and a row 4.
     */
    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Description").createRow(0).createCell(0).setCellValue("Notice");
            XSSFSheet sheet = workbook.createSheet("Modèle");
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(helper.createDataFormat().getFormat("hh:mm"));
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));
            String[] headers = {"Nom", "Âge", "Vide", "Taux", "SIRET", "Naissance", "Début", "Heure", "Somme", "Actif"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("  Élodie Ñúñez ");
            row.createCell(1).setCellValue(19);
            row.createCell(3).setCellValue(1234.5);
            row.getCell(3).setCellStyle(thousands);
            row.createCell(4).setCellValue(12345678901234d);
            row.createCell(5).setCellValue(LocalDate.of(2026, 11, 23));
            row.getCell(5).setCellStyle(date);
            row.createCell(6).setCellValue(LocalDateTime.of(2026, 9, 1, 8, 30));
            row.getCell(6).setCellStyle(dateTime);
            row.createCell(7).setCellValue(0.5);
            row.getCell(7).setCellStyle(time);
            row.createCell(8).setCellFormula("B2*2");
            row.createCell(9).setCellValue(true);
            sheet.createRow(2).createCell(0).setCellValue("   ");
            sheet.createRow(3).createCell(1).setCellValue(-2.75);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The same archive with some entries' content changed. */
    static byte[] rewriteEntries(byte[] zip, Map<String, UnaryOperator<byte[]>> changes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(changes.getOrDefault(entry.getName(), UnaryOperator.identity())
                        .apply(content));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip archive holding the given text entries. */
    static byte[] zip(Map<String, String> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
