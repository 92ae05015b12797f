package org.trio.platform.web;

import java.util.List;

/** The rows of one page of a list, and whether there are pages before and after it. */
public record PageSlice<T>(List<T> items, int number, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
