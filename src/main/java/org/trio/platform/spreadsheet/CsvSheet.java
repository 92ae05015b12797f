package org.trio.platform.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV upload: encoding from {@link TextEncoding}, separator ({@code ;}, {@code ,} or tab) from the header
 * line, and every line checked to have as many columns as the header.
 */
final class CsvSheet {

    private CsvSheet() {}

    static void read(SpooledUpload upload, Consumer<SheetRow> rows) {
        TextEncoding encoding = TextEncoding.of(upload);
        char delimiter = delimiter(firstLine(upload, encoding));
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .get();
        try (Reader reader = open(upload, encoding);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long linesRead = 0;
            int columns = -1;
            while (next(records, upload, linesRead + 1)) {
                CSVRecord record = records.next();
                long line = linesRead + 1;
                linesRead = parser.getCurrentLineNumber();
                List<String> values = record.stream().map(String::strip).toList();
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (columns < 0) {
                    columns = values.size();
                } else if (values.size() != columns) {
                    throw new SpreadsheetException("Ligne " + line + " du fichier « " + upload.name + " » : "
                            + values.size() + " colonnes au lieu de " + columns + " comme la ligne d'en-tête. Vérifiez"
                            + " les séparateurs « " + name(delimiter) + " » et les guillemets de cette ligne.");
                }
                rows.accept(new SheetRow(upload.name, Math.toIntExact(line), values));
            }
            if (columns < 0) {
                throw new SpreadsheetException("Le fichier « " + upload.name + " » ne contient aucune ligne.");
            }
        } catch (IOException e) {
            throw new SpreadsheetException("Le fichier « " + upload.name + " » n'a pas pu être lu.", e);
        }
    }

    /** Whether another record follows, turning the parser's errors (an unclosed quote) into a French message. */
    private static boolean next(Iterator<CSVRecord> records, SpooledUpload upload, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SpreadsheetException(
                    "Ligne " + line + " du fichier « " + upload.name + " » : guillemet (\")"
                            + " mal placé ou jamais refermé. Une valeur entre guillemets doit se terminer par un guillemet"
                            + " suivi du séparateur ou de la fin de ligne.",
                    e);
        }
    }

    /** The separator used most on the header line, outside quotes; {@code ;} when none appears. */
    static char delimiter(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static String name(char delimiter) {
        return delimiter == '\t' ? "tabulation" : String.valueOf(delimiter);
    }

    private static String firstLine(SpooledUpload upload, TextEncoding encoding) {
        try (BufferedReader reader = new BufferedReader(open(upload, encoding))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return "";
        } catch (IOException e) {
            throw new SpreadsheetException("Le fichier « " + upload.name + " » n'a pas pu être lu.", e);
        }
    }

    private static Reader open(SpooledUpload upload, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(upload.file);
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(in, encoding.charset());
    }
}
