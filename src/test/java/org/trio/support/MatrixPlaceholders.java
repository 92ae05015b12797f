package org.trio.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The records the authorization matrix uses, by name, as the SQL of {@code authorization/*.placeholders}. The files
 * share one namespace: a name defined in several files must have the same SQL everywhere ({@link #conflicts()}).
 * Other tests that need the same record (e.g. "an apprentice of another maître") ask here instead of copying the SQL.
 */
public final class MatrixPlaceholders {

    private final Map<String, String> sql = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    private MatrixPlaceholders() {}

    public static MatrixPlaceholders load() {
        MatrixPlaceholders placeholders = new MatrixPlaceholders();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:authorization/*.placeholders")) {
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((name, text) -> {
                    String known = placeholders.sql.putIfAbsent((String) name, (String) text);
                    if (known != null && !known.equals(text)) {
                        placeholders.conflicts.add("{" + name + "} in " + resource.getFilename());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return placeholders;
    }

    /** The SQL of a placeholder (returning one value), or null when no file defines it. */
    public String sql(String name) {
        return sql.get(name);
    }

    /** Placeholders defined again with another SQL than their first definition, with the file of the other one. */
    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }
}
