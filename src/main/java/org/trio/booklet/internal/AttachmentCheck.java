package org.trio.booklet.internal;

import java.util.Locale;
import java.util.Map;
import org.trio.shared.InvalidInputException;

/**
 * The files a livret accepts: PDF, JPEG and PNG photos, Word, Excel and OpenDocument documents, at most 10 MB each. The
 * type is recognised from the content (its first bytes), not trusted from the name or the browser.
 */
final class AttachmentCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> OFFICE_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet");

    /** An accepted file, with the type read from its content. */
    record Accepted(String fileName, String contentType, byte[] content) {}

    private AttachmentCheck() {}

    /**
     * The file, accepted, or an {@link InvalidInputException} on field {@code file} naming the file and the problem.
     */
    static Accepted check(String originalName, byte[] content) {
        String name = cleanName(originalName);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "booklet.attachment.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "booklet.attachment.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        String type = typeOf(name, content);
        if (type == null) {
            throw InvalidInputException.of("file", "booklet.attachment.type", name);
        }
        return new Accepted(name, type, content);
    }

    private static String typeOf(String name, byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return OFFICE_TYPES.get(extension(name));
        }
        return null;
    }

    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "fichier";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
