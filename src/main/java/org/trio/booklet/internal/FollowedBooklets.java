package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

/**
 * The contracts whose livret a linked person follows: the apprentice's own, a maître's (only where they are maître), a
 * trainer's or programme lead's apprentices' — in force or ended less than 90 days ago.
 */
@Component
class FollowedBooklets {

    private final AccessPolicy access;
    private final ContractManagement contracts;
    private final Clock clock;

    FollowedBooklets(AccessPolicy access, ContractManagement contracts, Clock clock) {
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
                .filter(contract -> !contract.startDate().isAfter(today.plusDays(60)))
                .filter(contract -> user.role() != Role.MENTOR || BookletAccess.isMentorOf(user, contract))
                .sorted(Comparator.comparing(ContractInfo::startDate).thenComparing(ContractInfo::id))
                .toList();
    }
}
