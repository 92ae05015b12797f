package org.trio.home;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What matters to a person from one module, shown at a glance on their home page (the next week at the CFA, the next
 * visits, the overdue ones): information, where {@link HomeTask} is something to do.
 *
 * @param title the panel's heading, in French
 * @param order where the panel goes among the others (smaller first)
 * @param items its lines, already limited to a few
 * @param link the page with everything, if any
 * @param linkText the words of that link
 */
public record HomePanel(
        String title,
        int order,
        List<Item> items,
        @Nullable String link,
        @Nullable String linkText) {

    /** One line of a panel: what, one more line (may be empty) and where to see it (may be null). */
    public record Item(String text, String detail, @Nullable String link) {}
}
