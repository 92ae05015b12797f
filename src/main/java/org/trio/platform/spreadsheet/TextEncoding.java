package org.trio.platform.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The charset of a text upload and the length of its byte order mark: UTF-8 or UTF-16 when a byte order mark says
 * so, UTF-8 when the whole file decodes as UTF-8, Windows-1252 otherwise (a superset of ISO-8859-1's letters, and
 * what Excel writes for "CSV (séparateur: point-virgule)" on a French Windows).
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextEncoding of(SpooledUpload upload) {
        if (upload.startsWith(0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (upload.startsWith(0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (upload.startsWith(0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isUtf8(upload) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** The encoding in French, as an import's preview shows it, e.g. « UTF-8 avec BOM ». */
    String label() {
        if (charset.equals(WINDOWS_1252)) {
            return "ISO-8859-1 / Windows-1252";
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return bomLength > 0 ? "UTF-8 avec BOM" : "UTF-8";
        }
        return "UTF-16 avec BOM";
    }

    private static boolean isUtf8(SpooledUpload upload) {
        try (BufferedReader reader = Files.newBufferedReader(upload.file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check: a malformed sequence throws
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new SpreadsheetException("Le fichier « " + upload.name + " » n'a pas pu être lu.", e);
        }
    }
}
