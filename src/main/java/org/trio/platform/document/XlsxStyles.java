package org.trio.platform.document;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of an exported workbook, created once per workbook (Excel limits their number). */
final class XlsxStyles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        integer = formatted(workbook, "0");
        decimal = formatted(workbook, "#,##0.00");
        percent = formatted(workbook, "0.0%");
        date = formatted(workbook, "dd/mm/yyyy");
        dateTime = formatted(workbook, "dd/mm/yyyy hh:mm");
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
