package org.trio.platform.web;

import java.util.List;

/**
 * A page of a list: which page (from 0) and how many rows. Queries fetch {@link #fetchSize()} rows (one more than
 * shown) so that {@link #slice} knows whether a next page exists without counting the whole table.
 */
public record Paging(int number, int size) {

    public static final int DEFAULT_SIZE = 50;

    public Paging {
        number = Math.max(0, number);
        size = Math.max(1, Math.min(500, size));
    }

    public static Paging of(int number) {
        return new Paging(number, DEFAULT_SIZE);
    }

    public int offset() {
        return number * size;
    }

    public int fetchSize() {
        return size + 1;
    }

    public <T> PageSlice<T> slice(List<T> fetched) {
        boolean hasNext = fetched.size() > size;
        return new PageSlice<>(hasNext ? fetched.subList(0, size) : fetched, number, size, hasNext);
    }
}
