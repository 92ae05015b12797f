package org.trio.referential.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The where clause of a list query and its parameters, built from the filters the user set. */
final class SqlConditions {

    /** Words beyond this count are ignored: a search box is not a query language. */
    static final int MAX_WORDS = 6;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    SqlConditions where(String condition) {
        conditions.add(condition);
        return this;
    }

    SqlConditions where(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    /** Adds the condition only when the value is present (not null, not blank). */
    SqlConditions whereSet(String condition, String name, @Nullable Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return this;
        }
        return where(condition, name, value instanceof String text ? text.strip() : value);
    }

    SqlConditions params(Map<String, Object> more) {
        params.putAll(more);
        return this;
    }

    /**
     * Every word of the query must appear somewhere in the column, which holds text normalised by
     * {@code referential.search_key} (so case and accents do not matter); served by a trigram index on that column.
     */
    SqlConditions search(String column, @Nullable String query) {
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            where(
                    column + " like '%' || referential.search_key(:word" + i + ") || '%'",
                    "word" + i,
                    escape(words.get(i)));
        }
        return this;
    }

    static List<String> words(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().split("\\s+")).limit(MAX_WORDS).toList();
    }

    /** Escapes the LIKE wildcards a user may type, so that they match themselves. */
    static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
