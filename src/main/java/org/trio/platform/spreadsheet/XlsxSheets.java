package org.trio.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads XLSX workbooks with POI's event API: the sheet's XML is parsed as a stream and each row is handed on as soon
 * as it ends, so memory does not grow with the number of rows.
 */
final class XlsxSheets {

    private XlsxSheets() {}

    static List<String> names(SpooledUpload upload) {
        List<String> names = new ArrayList<>();
        withSheets(upload, (name, stream, context) -> {
            names.add(name);
            return false;
        });
        return names;
    }

    static void read(SpooledUpload upload, SheetChoice choice, Consumer<SheetRow> rows) {
        List<String> names = new ArrayList<>();
        boolean found = withSheets(upload, (name, stream, context) -> {
            names.add(name);
            if (!choice.matches(name)) {
                return false;
            }
            XlsxRows collector = new XlsxRows(name, rows);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    context.styles(), context.strings(), collector, new IsoDataFormatter(), false));
            parser.parse(new InputSource(stream));
            if (collector.delivered() == 0) {
                throw new SpreadsheetException(
                        "La feuille « " + name + " » du fichier « " + upload.name + " » ne contient aucune ligne.");
            }
            return true;
        });
        if (!found) {
            throw new SpreadsheetException("La feuille « " + choice.name() + " » est introuvable dans le fichier « "
                    + upload.name + " ». Feuilles présentes : "
                    + names.stream().map(name -> "« " + name + " »").collect(Collectors.joining(", ")) + ".");
        }
    }

    /** Opens the workbook and shows its sheets in order to {@code visitor} until it answers {@code true}. */
    private static boolean withSheets(SpooledUpload upload, SheetVisitor visitor) {
        checkWorkbookArchive(upload);
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(upload.file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            Context context = new Context(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook, false));
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream stream = sheets.next()) {
                    if (visitor.visit(sheets.getSheetName(), stream, context)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (XlsxRows.RowHandlerFailure e) {
            throw e.original();
        } catch (IOException
                | SAXException
                | ParserConfigurationException
                | OpenXML4JException
                | OpenXML4JRuntimeException
                | POIXMLException
                | RecordFormatException e) {
            throw damaged(upload, e);
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
    }

    /** Tells a damaged archive, an OpenDocument file or another kind of archive from an Excel workbook. */
    private static void checkWorkbookArchive(SpooledUpload upload) {
        try (ZipFile zip = new ZipFile(upload.file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    if (new String(in.readNBytes(200), StandardCharsets.US_ASCII).contains("opendocument")) {
                        throw new SpreadsheetException("Le fichier « " + upload.name + " » est au format OpenDocument"
                                + " (LibreOffice) : enregistrez-le au format .xlsx ou .csv, puis téléversez-le.");
                    }
                }
            }
            throw new SpreadsheetException("Le fichier « " + upload.name + " » est une archive ZIP, pas un classeur"
                    + " Excel : téléversez un classeur Excel (.xlsx) ou un fichier CSV.");
        } catch (IOException e) {
            throw damaged(upload, e);
        }
    }

    private static SpreadsheetException damaged(SpooledUpload upload, Exception cause) {
        return new SpreadsheetException(
                "Le fichier « " + upload.name + " » est endommagé ou incomplet (envoi"
                        + " interrompu ?), ou ce n'est pas un classeur Excel : ouvrez-le dans Excel, enregistrez-le de nouveau"
                        + " au format .xlsx et recommencez.",
                cause);
    }

    @FunctionalInterface
    private interface SheetVisitor {
        boolean visit(String name, InputStream stream, Context context)
                throws IOException, SAXException, ParserConfigurationException;
    }

    /** The workbook's parts every sheet needs: styles (to tell dates) and shared strings. */
    private record Context(StylesTable styles, ReadOnlySharedStringsTable strings) {}
}
