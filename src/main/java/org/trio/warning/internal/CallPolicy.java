package org.trio.warning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The calendar of calls to a company from the start of a contract (seed 002: "un calendrier d'appel régulier des
 * entreprises dès la signature du contrat"), a CFA's policy.
 *
 * @param earlyWeeks the weeks of the first calls (1 = the first week of the contract)
 * @param trialEndNoticeDays a call this many days before the end of the trial period
 * @param monthlyMonths then a call every month for this many months
 * @param termMonths then a call every this many months until the end of the contract
 * @param minGapDays two calls closer than this are merged into the earlier one
 */
record CallPolicy(List<Integer> earlyWeeks, int trialEndNoticeDays, int monthlyMonths, int termMonths, int minGapDays) {

    CallPolicy {
        earlyWeeks = List.copyOf(earlyWeeks);
    }

    /** Parses "1, 3" into weeks; empty text gives no early call. */
    static List<Integer> parseWeeks(String text) {
        List<Integer> weeks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return weeks;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                weeks.add(Integer.parseInt(part.strip()));
            }
        }
        return weeks;
    }

    public String earlyWeeksText() {
        return earlyWeeks.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
