package org.trio.home;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something a person has to do, shown on their home page.
 *
 * @param category groups tasks on the page (a message key, e.g. {@code home.category.visits})
 * @param title what to do, in French
 * @param detail one more line (whose file, which company), may be empty
 * @param link the page where it is done
 * @param due the date it is due, if any
 * @param late whether it is already late
 */
public record HomeTask(
        String category,
        String title,
        String detail,
        String link,
        @Nullable LocalDate due,
        boolean late) {}
