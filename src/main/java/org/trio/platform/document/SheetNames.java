package org.trio.platform.document;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each table of a workbook a sheet name Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \},
 * not starting or ending with an apostrophe, and unique in the workbook (case ignored).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private final Set<String> taken = new HashSet<>();

    /** A valid, unused sheet name for the title. */
    String next(String title) {
        String base = clean(title);
        if (base.isEmpty()) {
            base = "Feuille " + (taken.size() + 1);
        }
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))
                            .strip()
                    + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String clean(String title) {
        StringBuilder clean = new StringBuilder();
        title.codePoints().forEach(c -> {
            if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String name = clean.toString().replaceAll("\\s+", " ").strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            name = name.substring(0, end);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.strip();
    }
}
