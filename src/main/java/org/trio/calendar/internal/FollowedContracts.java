package org.trio.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

/**
 * The contracts a linked person follows (an apprentice's own, a maître's, a trainer's tutored apprentices'): those in
 * force or ended less than 90 days ago, as the access policy links them.
 */
@Component
class FollowedContracts {

    private final AccessPolicy access;
    private final ContractManagement contracts;
    private final Clock clock;

    FollowedContracts(AccessPolicy access, ContractManagement contracts, Clock clock) {
        this.access = access;
        this.contracts = contracts;
        this.clock = clock;
    }

    List<ContractInfo> of(CurrentUser user) {
        if (user.role().scope() != Role.ScopeKind.LINKED || user.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return access.scopeOf(user).apprenticeIds().stream()
                .flatMap(apprentice -> contracts.contractsOf(apprentice).stream())
                .filter(contract -> !contract.lastDay().isBefore(today.minusDays(90)))
                .filter(contract -> user.role() != Role.MENTOR
                        || Objects.equals(contract.mentor1Id(), user.personId())
                        || Objects.equals(contract.mentor2Id(), user.personId()))
                .sorted(Comparator.comparing(ContractInfo::startDate).thenComparing(ContractInfo::id))
                .toList();
    }
}
