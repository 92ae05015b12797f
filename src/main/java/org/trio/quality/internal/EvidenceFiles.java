package org.trio.quality.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.trio.access.AuditTrail;
import org.trio.shared.InvalidInputException;

/**
 * Files attached as evidence, stored in the database ({@code quality.stored_file}, bytea). Accepted: PDF, PNG, JPEG,
 * office documents (DOCX, XLSX, PPTX, ODT, ODS) and plain text or CSV, at most {@code trio.quality.max-file-size}
 * bytes (10 MB by default); the content must match its extension (checked on the file's first bytes, whatever the
 * browser claimed).
 */
@Component
class EvidenceFiles {

    record StoredFile(long id, String fileName, String contentType, long sizeBytes, byte[] content) {}

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("csv", "text/csv;charset=UTF-8"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxBytes;
    private final AuditTrail audit;

    EvidenceFiles(
            JdbcClient jdbc,
            Clock clock,
            @Value("${trio.quality.max-file-size:10485760}") long maxBytes,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.audit = audit;
    }

    /** Checks and stores the file; returns its id. Throws a French error naming {@code field} when refused. */
    long store(String field, @Nullable MultipartFile file, String uploadedBy) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of(field, "evidence.file.required");
        }
        try {
            return store(field, file.getOriginalFilename(), file.getBytes(), uploadedBy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long store(String field, @Nullable String originalName, byte[] content, String uploadedBy) {
        String name = cleanName(originalName);
        String extension = extensionOf(name);
        String type = TYPES.get(extension);
        if (type == null) {
            throw InvalidInputException.of(field, "evidence.file.type", name);
        }
        if (content.length == 0) {
            throw InvalidInputException.of(field, "evidence.file.required");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "evidence.file.size", name, maxBytes / (1024 * 1024));
        }
        if (!matches(extension, content)) {
            throw InvalidInputException.of(field, "evidence.file.content", name, extension.toUpperCase(Locale.ROOT));
        }
        long id = jdbc.sql("insert into quality.stored_file (file_name, content_type, size_bytes, sha256, content,"
                        + " uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(name, type, content.length, sha256(content), content, OffsetDateTime.now(clock), uploadedBy)
                .query(Long.class)
                .single();
        audit.recordRowChange(
                "quality.stored_file",
                id,
                null,
                Map.of(),
                Map.of("file_name", name, "content_type", type, "size_bytes", content.length));
        return id;
    }

    Optional<StoredFile> find(long id) {
        return jdbc.sql("select id, file_name, content_type, size_bytes, content from quality.stored_file where id = ?")
                .param(id)
                .query(StoredFile.class)
                .optional();
    }

    static boolean matches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'});
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "docx", "xlsx", "pptx", "odt", "ods" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
            case "txt", "csv" -> isText(content);
            default -> false;
        };
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String cleanName(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "document" : name;
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
