package org.trio.access;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;

/** The details of a plain-SQL change as the audit trail shows them: {@code column : old → new}, columns in order. */
final class RowChanges {

    private static final int MAX_VALUE_LENGTH = 200;

    private RowChanges() {}

    static String describe(Map<String, ?> before, Map<String, ?> after) {
        TreeSet<String> columns = new TreeSet<>(before.keySet());
        columns.addAll(after.keySet());
        StringJoiner joiner = new StringJoiner("; ");
        for (String column : columns) {
            if (before.isEmpty()) {
                joiner.add(column + " : " + shorten(after.get(column)));
            } else if (after.isEmpty()) {
                joiner.add(column + " : " + shorten(before.get(column)));
            } else if (!Objects.equals(text(before.get(column)), text(after.get(column)))) {
                joiner.add(column + " : " + shorten(before.get(column)) + " → " + shorten(after.get(column)));
            }
        }
        return joiner.toString();
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static String shorten(Object value) {
        String text = text(value);
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }
}
