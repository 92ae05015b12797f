package org.trio.platform.spreadsheet;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which sheet of a workbook to read: the first one, or the one with a given name (compared exactly, then ignoring
 * case and surrounding spaces). A CSV file holds a single table, read whatever the choice.
 *
 * @param name the sheet's name, or {@code null} for the first sheet
 */
public record SheetChoice(@Nullable String name) {

    private static final SheetChoice FIRST = new SheetChoice(null);

    public static SheetChoice first() {
        return FIRST;
    }

    public static SheetChoice named(String name) {
        return new SheetChoice(Objects.requireNonNull(name, "name"));
    }

    boolean matches(String sheetName) {
        return name == null || name.equals(sheetName) || name.strip().equalsIgnoreCase(sheetName.strip());
    }
}
