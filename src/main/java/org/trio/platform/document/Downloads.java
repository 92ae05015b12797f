package org.trio.platform.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * File names of downloads: dated names such as {@code apprentis-2026-11-23.xlsx} and the {@code Content-Disposition}
 * header carrying them, with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987) so accents survive.
 */
public final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {}

    /**
     * The base name followed by the date and the extension, e.g. {@code apprentis-2026-11-23.xlsx}. Characters that
     * file systems refuse are replaced by {@code -}.
     */
    public static String datedFileName(String baseName, LocalDate date, String extension) {
        return safeBaseName(baseName) + "-" + date + "." + extension;
    }

    /** {@code Content-Disposition} value that makes the browser save the file under this name. */
    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** {@code Content-Disposition} value that lets the browser show the file (a PDF) under this name. */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    static String safeBaseName(String baseName) {
        String safe = baseName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return safe.isEmpty() ? "export" : safe;
    }

    private static String disposition(String type, String fileName) {
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(
                        fileName.replace("œ", "oe")
                                .replace("Œ", "OE")
                                .replace("æ", "ae")
                                .replace("Æ", "AE"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return ascii.toString();
    }

    static String encode(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
