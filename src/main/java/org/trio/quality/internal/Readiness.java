package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether each Qualiopi indicator has current evidence on a reference date. A piece of evidence is current from its
 * date until its end of validity, or, without one, for the indicator's freshness (12 months by default).
 */
final class Readiness {

    enum Status {
        PRESENT,
        OUT_OF_DATE,
        MISSING
    }

    /** One piece of evidence, manual or produced from Trio's records. */
    record Item(
            int indicator,
            String title,
            String description,
            LocalDate date,
            @Nullable LocalDate validUntil,
            String link,
            String source,
            boolean automatic,
            @Nullable Long evidenceId,
            @Nullable Long fileId) {

        public boolean currentOn(LocalDate reference, int freshnessMonths) {
            if (date.isAfter(reference)) {
                return false;
            }
            LocalDate end = validUntil != null ? validUntil : date.plusMonths(freshnessMonths);
            return !end.isBefore(reference);
        }
    }

    record Indicator(int number, int criterion, String title, String appliesTo, int freshnessMonths) {}

    record Line(Indicator indicator, Status status, List<Item> items, long current) {}

    private Readiness() {}

    static List<Line> assess(List<Indicator> indicators, List<Item> items, LocalDate reference) {
        Map<Integer, List<Item>> byIndicator = new LinkedHashMap<>();
        for (Item item : items) {
            byIndicator
                    .computeIfAbsent(item.indicator(), key -> new ArrayList<>())
                    .add(item);
        }
        List<Line> lines = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Item> evidence = byIndicator.getOrDefault(indicator.number(), List.of());
            long current = evidence.stream()
                    .filter(item -> item.currentOn(reference, indicator.freshnessMonths()))
                    .count();
            Status status = evidence.isEmpty() ? Status.MISSING : current > 0 ? Status.PRESENT : Status.OUT_OF_DATE;
            lines.add(new Line(indicator, status, evidence, current));
        }
        return lines;
    }
}
