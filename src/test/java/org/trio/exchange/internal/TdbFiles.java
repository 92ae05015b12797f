package org.trio.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds upload files of the national format in test code: rows as column → text, written as XLSX or CSV. */
final class TdbFiles {

    private TdbFiles() {}

    /** The template's file name in the test resources (a copy of the national template, unchanged). */
    static final String TEMPLATE = "/exchange/tdb-televersement-modele-29012025.xlsx";

    /** The national template's workbook as published: sheet « Modèle » with its example row, and its description. */
    static byte[] template() {
        try (java.io.InputStream in = TdbFiles.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Modèle absent des ressources de test : " + TEMPLATE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template's own example row (sheet "Modèle", row 2), with its values as the workbook stores them. */
    static Map<TdbColumn, String> exampleRow() {
        Map<TdbColumn, String> row = new EnumMap<>(TdbColumn.class);
        String[] values = {
            "Dupuis",
            "Gaston",
            "35819",
            "F",
            "44400",
            "gaston.dupuis@domain.tld",
            "64 bis, route de Paris",
            "44000",
            "1234567890A",
            "0612345678",
            "1",
            "45160",
            "marc.dupuis@domain.tld",
            "jeanne.dupuis@domain.tld",
            "0123456A",
            "4101",
            "10",
            "0123456A",
            "12345678901235",
            "0123456A",
            "12345678901235",
            "0123456A",
            "12345678901235",
            "64 bis, route de Paris",
            "44000",
            "2024-2025",
            "2",
            "RNCP12345",
            "50022145",
            "44832",
            "44832",
            "44832",
            "12",
            "CAP PATISSIER",
            "1",
            "44832",
            "44832",
            "Absences répétées et injustifiées",
            "1",
            "Dumas",
            "Sylvie",
            "jeanne.dupuis@domain.tld"
        };
        for (int i = 0; i < values.length; i++) {
            row.put(TdbColumn.values()[i], values[i]);
        }
        for (int n = 1; n <= 4; n++) {
            List<TdbColumn> c = TdbColumn.contract(n);
            row.put(c.get(0), "44937");
            row.put(c.get(1), "45454");
            row.put(c.get(2), "12345678901235");
            row.put(c.get(3), "45454");
            row.put(c.get(4), "Absences répétées et injustifiées");
        }
        return row;
    }

    /** A plain valid row of an apprentice of a CFA: one contract, no rupture. */
    static Map<TdbColumn, String> row(String uai, String siret, String lastName, String firstName, String birth) {
        Map<TdbColumn, String> row = new EnumMap<>(TdbColumn.class);
        row.put(TdbColumn.LAST_NAME, lastName);
        row.put(TdbColumn.FIRST_NAME, firstName);
        row.put(TdbColumn.BIRTH_DATE, birth);
        row.put(TdbColumn.SEX, "1");
        row.put(TdbColumn.EMAIL, "apprenti@example.org");
        row.put(TdbColumn.ADDRESS, "3 rue de la Gare");
        row.put(TdbColumn.POST_CODE, "91220");
        row.put(TdbColumn.CFA_TYPE, "09");
        row.put(TdbColumn.RESPONSIBLE_UAI, uai);
        row.put(TdbColumn.RESPONSIBLE_SIRET, siret);
        row.put(TdbColumn.TRAINER_UAI, uai);
        row.put(TdbColumn.TRAINER_SIRET, siret);
        row.put(TdbColumn.SCHOOL_YEAR, "2025-2026");
        row.put(TdbColumn.PROGRAMME_YEAR, "1");
        row.put(TdbColumn.RNCP, "RNCP12345");
        row.put(TdbColumn.CFD, "50022145");
        row.put(TdbColumn.REGISTRATION_DATE, "2025-09-01");
        row.put(TdbColumn.TRAINING_START, "01/09/2025");
        row.put(TdbColumn.TRAINING_END, "2027-06-30");
        row.put(TdbColumn.DURATION_MONTHS, "24");
        row.put(TdbColumn.CONTRACT_1_START, "2025-09-08");
        row.put(TdbColumn.CONTRACT_1_END, "2027-08-31");
        row.put(TdbColumn.CONTRACT_1_SIRET, "44182736459102");
        return row;
    }

    static List<String> headers() {
        return java.util.Arrays.stream(TdbColumn.values())
                .map(TdbColumn::header)
                .toList();
    }

    static byte[] xlsx(List<String> headers, List<Map<TdbColumn, String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Modèle");
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (Map<TdbColumn, String> values : rows) {
                XSSFRow row = sheet.createRow(r++);
                for (TdbColumn column : TdbColumn.values()) {
                    String value = values.getOrDefault(column, "");
                    if (!value.isEmpty() && column.ordinal() < headers.size()) {
                        row.createCell(column.ordinal()).setCellValue(value);
                    }
                }
            }
            workbook.createSheet("Description des données")
                    .createRow(0)
                    .createCell(0)
                    .setCellValue("Nom du champ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xlsx(List<Map<TdbColumn, String>> rows) {
        return xlsx(headers(), rows);
    }

    /** A CSV file separated by {@code ;}, in the given encoding, with or without BOM, with the given line end. */
    static byte[] csv(List<Map<TdbColumn, String>> rows, Charset charset, boolean bom, String lineEnd) {
        StringBuilder text = new StringBuilder();
        if (bom) {
            text.append('\uFEFF');
        }
        text.append(String.join(";", headers())).append(lineEnd);
        for (Map<TdbColumn, String> values : rows) {
            StringBuilder line = new StringBuilder();
            for (TdbColumn column : TdbColumn.values()) {
                if (column.ordinal() > 0) {
                    line.append(';');
                }
                String value = values.getOrDefault(column, "");
                line.append(
                        value.contains(";") || value.contains("\"") || value.contains(",")
                                ? "\"" + value.replace("\"", "\"\"") + "\""
                                : value);
            }
            text.append(line).append(lineEnd);
        }
        return text.toString().getBytes(charset);
    }

    static byte[] csv(List<Map<TdbColumn, String>> rows) {
        return csv(rows, StandardCharsets.UTF_8, false, "\n");
    }
}
