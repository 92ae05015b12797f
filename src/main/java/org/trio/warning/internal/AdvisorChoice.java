package org.trio.warning.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which CJE calls the company of a new contract: the one already following this employer, so that the company keeps
 * one contact; otherwise, in turn, the CJE of the CFA who follows the fewest contracts (the lowest id on a tie).
 */
final class AdvisorChoice {

    private AdvisorChoice() {}

    static Optional<Long> choose(
            @Nullable Long followingEmployer, Collection<Long> advisors, Map<Long, Integer> contractsFollowed) {
        if (followingEmployer != null && advisors.contains(followingEmployer)) {
            return Optional.of(followingEmployer);
        }
        return advisors.stream()
                .min(Comparator.<Long>comparingInt(advisor -> contractsFollowed.getOrDefault(advisor, 0))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
