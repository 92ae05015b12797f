package org.trio.attendance.internal;

import java.util.Optional;

/**
 * What a justification's file may be: a PDF, a JPEG or PNG photo (what a phone sends), recognised from its first bytes
 * rather than its name, and not larger than the configured size.
 */
final class FileChecks {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private FileChecks() {}

    /** The content type of the file from its first bytes, empty when it is none of the accepted kinds. */
    static Optional<String> contentType(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> "pdf";
            case JPEG -> "jpg";
            default -> "png";
        };
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
