package org.trio.warning.internal;

import java.util.Locale;
import java.util.Optional;
import org.trio.warning.SignalCategory;

/**
 * The risk factors of a rupture the network's analysis names (seed 002, lifecycle §7): the first year of CAP, no
 * diploma at entry, the first two months of the contract, a missing trial-period visit, unjustified absences,
 * conflicts with the company, the young person's social situation; and any other recent signal.
 */
enum RiskFactor {
    FIRST_YEAR_CAP,
    NO_PRIOR_DIPLOMA,
    CONTRACT_FIRST_TWO_MONTHS,
    TRIAL_VISIT_MISSING,
    UNJUSTIFIED_ABSENCES,
    COMPANY_CONFLICT,
    SOCIAL_SITUATION,
    OTHER_SIGNAL;

    /** Whether the factor reveals restricted social data (hidden from roles that may not read it). */
    public boolean isSocial() {
        return this == SOCIAL_SITUATION;
    }

    public String messageKey() {
        return "warning.factor." + name().toLowerCase(Locale.ROOT);
    }

    /** The factor a recent signal of this category sets, if any (a late call is the CFA's delay, not a risk). */
    static Optional<RiskFactor> ofSignal(SignalCategory category) {
        return switch (category) {
            case TRIAL_VISIT_MISSING -> Optional.of(TRIAL_VISIT_MISSING);
            case ABSENCES -> Optional.of(UNJUSTIFIED_ABSENCES);
            case COMPANY_CONFLICT -> Optional.of(COMPANY_CONFLICT);
            case SOCIAL -> Optional.of(SOCIAL_SITUATION);
            case CALL_OVERDUE -> Optional.empty();
            default -> Optional.of(OTHER_SIGNAL);
        };
    }
}
