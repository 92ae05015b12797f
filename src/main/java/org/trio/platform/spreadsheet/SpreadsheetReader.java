package org.trio.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded spreadsheet row by row, whatever people send: XLSX workbooks (streamed, so 50,000 rows of 62
 * columns take little memory) and CSV files separated by {@code ;} or {@code ,} (found on the header line), in UTF-8
 * with or without byte order mark or in Windows-1252/ISO-8859-1 (when the file is not valid UTF-8), with CRLF or LF.
 * The kind of file is recognised from its content, not its name. Rows without any value are skipped; row numbers are
 * those of the sheet or file, so messages point at the right line.
 *
 * <p>Every unusable input is refused with a {@link SpreadsheetException} whose French message names the problem: an
 * empty file, a PDF or an image, an old {@code .xls} or password-protected workbook, a damaged or truncated
 * workbook, a missing sheet, a CSV line with more or fewer columns than the header, an unclosed quote.
 *
 * <pre>{@code
 * reader.read(file.getInputStream(), file.getOriginalFilename(), SheetChoice.named("Modèle"), row -> import(row));
 * }</pre>
 */
@Component
public class SpreadsheetReader {

    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods");

    /**
     * Reads the rows of the chosen sheet, in order, handing each to {@code rows} as soon as it is read. The content
     * stream is read to its end and closed.
     *
     * @throws SpreadsheetException when the file cannot be used, or thrown by {@code rows} to stop at a bad row
     */
    public void read(InputStream content, @Nullable String fileName, SheetChoice sheet, Consumer<SheetRow> rows) {
        try (SpooledUpload upload = SpooledUpload.of(content, fileName)) {
            check(upload);
            if (upload.isZip()) {
                XlsxSheets.read(upload, sheet, rows);
            } else {
                CsvSheet.read(upload, rows);
            }
        }
    }

    /** All rows of the chosen sheet, for files small enough to hold in memory. */
    public List<SheetRow> readAll(InputStream content, @Nullable String fileName, SheetChoice sheet) {
        List<SheetRow> rows = new ArrayList<>();
        read(content, fileName, sheet, rows::add);
        return rows;
    }

    /** All rows of the chosen sheet of a file already in memory. */
    public List<SheetRow> readAll(byte[] content, @Nullable String fileName, SheetChoice sheet) {
        return readAll(new ByteArrayInputStream(content), fileName, sheet);
    }

    /** The names of the sheets of a workbook, in order; a CSV file has one, named like the file. */
    public List<String> sheetNames(InputStream content, @Nullable String fileName) {
        try (SpooledUpload upload = SpooledUpload.of(content, fileName)) {
            check(upload);
            return upload.isZip() ? XlsxSheets.names(upload) : List.of(upload.name);
        }
    }

    /**
     * The encoding detected in a text (CSV) file, in French (« UTF-8 », « UTF-8 avec BOM », « ISO-8859-1 /
     * Windows-1252 », « UTF-16 avec BOM »), as {@link #read} decodes it; empty for a workbook or a file that is not text.
     */
    public Optional<String> textEncoding(byte[] content, @Nullable String fileName) {
        try (SpooledUpload upload = SpooledUpload.of(new ByteArrayInputStream(content), fileName)) {
            if (upload.isEmpty() || upload.isZip() || !upload.looksLikeText()) {
                return Optional.empty();
            }
            return Optional.of(TextEncoding.of(upload).label());
        }
    }

    private static void check(SpooledUpload upload) {
        String file = "Le fichier « " + upload.name + " »";
        String expected = " : téléversez un classeur Excel (.xlsx) ou un fichier CSV.";
        if (upload.isEmpty()) {
            throw new SpreadsheetException(file + " est vide" + expected);
        }
        if (upload.startsWith('%', 'P', 'D', 'F')) {
            throw new SpreadsheetException(file + " est un document PDF, pas un tableur" + expected);
        }
        if (upload.startsWith(0x89, 'P', 'N', 'G')
                || upload.startsWith(0xFF, 0xD8, 0xFF)
                || upload.startsWith('G', 'I', 'F', '8')) {
            throw new SpreadsheetException(file + " est une image, pas un tableur" + expected);
        }
        if (upload.startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SpreadsheetException(file + " est au format Excel 97-2003 (.xls) ou protégé par un mot de passe,"
                    + " qui ne peut pas être lu : ouvrez-le dans Excel et enregistrez-le au format .xlsx (sans mot de"
                    + " passe) ou .csv.");
        }
        if (upload.isZip()) {
            return;
        }
        if (!upload.looksLikeText()) {
            throw new SpreadsheetException(
                    file + " n'est pas un tableur (ni classeur Excel, ni fichier CSV)" + expected);
        }
        if (WORKBOOK_EXTENSIONS.contains(upload.extension())) {
            throw new SpreadsheetException(file + " porte l'extension d'un classeur mais contient du texte (page web"
                    + " ou fichier CSV renommé ?) : ouvrez-le dans Excel et enregistrez-le au format .xlsx ou .csv.");
        }
    }
}
