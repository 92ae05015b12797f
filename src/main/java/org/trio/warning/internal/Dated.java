package org.trio.warning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A setting's value over a span of days: from {@code validFrom} to {@code validTo} (both included, open when null), for
 * one network or, when {@code networkId} is null, for every network that has no row of its own that day.
 */
record Dated<T>(
        @Nullable Long networkId,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        T value) {

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * The value in force for a network on a day: the network's own row valid that day if there is one, otherwise the
     * default row; among several, the one starting last.
     */
    static <T> Optional<T> on(Collection<Dated<T>> rows, @Nullable Long networkId, LocalDate day) {
        Comparator<Dated<T>> latest = Comparator.comparing(Dated::validFrom);
        Optional<Dated<T>> own = networkId == null
                ? Optional.empty()
                : rows.stream()
                        .filter(row -> Objects.equals(row.networkId(), networkId) && row.validOn(day))
                        .max(latest);
        return own.or(() -> rows.stream()
                        .filter(row -> row.networkId() == null && row.validOn(day))
                        .max(latest))
                .map(Dated::value);
    }
}
