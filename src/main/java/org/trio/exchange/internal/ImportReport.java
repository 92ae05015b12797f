package org.trio.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.trio.platform.spreadsheet.SheetChoice;
import org.trio.platform.spreadsheet.SpreadsheetException;
import org.trio.platform.spreadsheet.SpreadsheetReader;

/**
 * The error report of an import as a workbook a person can act on: sheet "Modèle" holds the rows that have problems,
 * with the 62 columns of the template at their letters (so corrected rows can be pasted back) and the row's number in
 * the uploaded file in a last column; each faulty cell is filled (red for an error, orange for a warning) and carries
 * a comment saying why. Sheet "Erreurs" lists every problem: row, column letter and name, value, reason.
 */
final class ImportReport {

    private ImportReport() {}

    static void write(
            @Nullable byte[] content,
            String fileName,
            List<ImportIssue> issues,
            SpreadsheetReader reader,
            OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            XSSFCellStyle header = (XSSFCellStyle) workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            XSSFCellStyle error = fill(workbook, IndexedColors.ROSE);
            XSSFCellStyle warning = fill(workbook, IndexedColors.LIGHT_ORANGE);
            Map<Integer, Map<Integer, List<ImportIssue>>> byRow = new TreeMap<>();
            for (ImportIssue issue : issues) {
                if (issue.row() > 0) {
                    byRow.computeIfAbsent(issue.row(), r -> new HashMap<>())
                            .computeIfAbsent(
                                    issue.column() == null ? -1 : issue.column().ordinal(), c -> new ArrayList<>())
                            .add(issue);
                }
            }
            if (content != null && !byRow.isEmpty()) {
                writeRows(workbook, content, fileName, byRow, reader, header, error, warning);
            }
            SXSSFSheet list = workbook.createSheet("Erreurs");
            String[] headers = {"Ligne", "Colonne", "Nom de la colonne", "Valeur", "Problème", "Gravité"};
            SXSSFRow first = list.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                SXSSFCell cell = first.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(header);
            }
            int r = 1;
            for (ImportIssue issue : issues) {
                SXSSFRow row = list.createRow(r++);
                if (issue.row() > 0) {
                    row.createCell(0).setCellValue(issue.row());
                }
                row.createCell(1).setCellValue(issue.columnLetter());
                row.createCell(2).setCellValue(issue.columnName());
                row.createCell(3).setCellValue(issue.value());
                row.createCell(4).setCellValue(issue.reason());
                row.createCell(5)
                        .setCellValue(
                                switch (issue.severity()) {
                                    case ERROR -> "erreur";
                                    case WARNING -> "avertissement";
                                    case DUPLICATE -> "doublon probable";
                                });
            }
            list.setColumnWidth(2, 40 * 256);
            list.setColumnWidth(3, 30 * 256);
            list.setColumnWidth(4, 90 * 256);
            workbook.write(out);
        }
    }

    private static void writeRows(
            SXSSFWorkbook workbook,
            byte[] content,
            String fileName,
            Map<Integer, Map<Integer, List<ImportIssue>>> byRow,
            SpreadsheetReader reader,
            XSSFCellStyle header,
            XSSFCellStyle error,
            XSSFCellStyle warning) {
        SXSSFSheet sheet = workbook.createSheet("Modèle");
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        SXSSFRow head = sheet.createRow(0);
        for (TdbColumn column : TdbColumn.values()) {
            SXSSFCell cell = head.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
        }
        SXSSFCell origin = head.createCell(TdbColumn.values().length);
        origin.setCellValue("ligne_du_fichier");
        origin.setCellStyle(header);
        int[] next = {1};
        Map<TdbColumn, Integer>[] indexes = new Map[] {null};
        try {
            List<String> names = reader.sheetNames(new ByteArrayInputStream(content), fileName);
            SheetChoice choice = names.stream()
                    .filter(name -> name.strip().equalsIgnoreCase("Modèle"))
                    .findFirst()
                    .map(SheetChoice::named)
                    .orElse(SheetChoice.first());
            reader.read(new ByteArrayInputStream(content), fileName, choice, line -> {
                if (indexes[0] == null) {
                    indexes[0] = new LinkedHashMap<>(
                            TdbHeader.read(line.number(), line.values()).indexes());
                    return;
                }
                Map<Integer, List<ImportIssue>> problems = byRow.get(line.number());
                if (problems == null) {
                    return;
                }
                SXSSFRow row = sheet.createRow(next[0]++);
                for (TdbColumn column : TdbColumn.values()) {
                    Integer index = indexes[0].get(column);
                    String value = index == null ? "" : line.value(index);
                    SXSSFCell cell = row.createCell(column.ordinal());
                    cell.setCellValue(value);
                    List<ImportIssue> here = problems.get(column.ordinal());
                    if (here != null) {
                        boolean isError = here.stream().anyMatch(ImportIssue::isError);
                        cell.setCellStyle(isError ? error : warning);
                        ClientAnchor anchor = helper.createClientAnchor();
                        anchor.setCol1(column.ordinal());
                        anchor.setCol2(column.ordinal() + 4);
                        anchor.setRow1(row.getRowNum());
                        anchor.setRow2(row.getRowNum() + 4);
                        Comment comment = drawing.createCellComment(anchor);
                        comment.setString(helper.createRichTextString(String.join(
                                "\n",
                                here.stream()
                                        .map(issue -> (issue.isError() ? "Erreur : " : "Attention : ") + issue.reason())
                                        .toList())));
                        comment.setAuthor("Trio");
                        cell.setCellComment(comment);
                    }
                }
                row.createCell(TdbColumn.values().length).setCellValue(line.number());
            });
        } catch (SpreadsheetException e) {
            // the file could not be read again: the list sheet still says everything
        }
    }

    private static XSSFCellStyle fill(SXSSFWorkbook workbook, IndexedColors color) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
