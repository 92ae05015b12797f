package org.trio.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file copied to a private temporary file (deleted on {@link #close()}), so that large workbooks are read
 * from disk rather than memory, with what its first bytes say it is.
 */
final class SpooledUpload implements AutoCloseable {

    private static final int HEAD = 8192;
    final String name;
    final Path file;
    private final byte[] head;

    private SpooledUpload(String name, Path file, byte[] head) {
        this.name = name;
        this.file = file;
        this.head = head;
    }

    static SpooledUpload of(InputStream content, @Nullable String fileName) {
        String name = fileName == null || fileName.isBlank() ? "(sans nom)" : fileName.strip();
        try {
            Path file = Files.createTempFile("trio-upload-", ".tmp");
            try (content) {
                Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(HEAD);
                }
                return new SpooledUpload(name, file, head);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new SpreadsheetException(
                    "Le fichier « " + name + " » n'a pas pu être reçu en entier : recommencez.", e);
        }
    }

    boolean isEmpty() {
        return head.length == 0;
    }

    boolean startsWith(int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the start of the file looks like text (no NUL byte, or a UTF-16 byte order mark). */
    boolean looksLikeText() {
        if (startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the file is a ZIP archive, as XLSX workbooks are. */
    boolean isZip() {
        return startsWith('P', 'K', 3, 4);
    }

    String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
