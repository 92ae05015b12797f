package org.trio.platform.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The formats every list exports to, named as in the {@code ?format=} parameter of list pages. */
public enum ExportFormat {
    XLSX("xlsx", XlsxTableWriter.CONTENT_TYPE),
    CSV("csv", CsvTableWriter.CONTENT_TYPE);

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format named {@code xlsx} or {@code csv} (case and surrounding spaces ignored), if it is one. */
    public static Optional<ExportFormat> parse(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.extension.equals(wanted))
                .findFirst();
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
