package org.trio.booklet.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

/**
 * Who may read and write a contract's livret: the access policy on the apprentice's pedagogical data, and for a maître
 * only the contracts where they are maître (not an apprentice's earlier contract with another company).
 */
@Component
class BookletAccess {

    private final ContractManagement contracts;
    private final AccessPolicy access;

    BookletAccess(ContractManagement contracts, AccessPolicy access) {
        this.contracts = contracts;
        this.access = access;
    }

    ContractInfo readable(CurrentUser user, long contractId) {
        ContractInfo contract = find(contractId);
        access.requireRead(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        requireOwnContractIfMentor(user, contract);
        return contract;
    }

    ContractInfo writable(CurrentUser user, long contractId) {
        ContractInfo contract = find(contractId);
        access.requireWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        requireOwnContractIfMentor(user, contract);
        return contract;
    }

    boolean canWrite(CurrentUser user, ContractInfo contract) {
        return access.canWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL)
                && (user.role() != Role.MENTOR || isMentorOf(user, contract));
    }

    private ContractInfo find(long contractId) {
        return contracts.contract(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requireOwnContractIfMentor(CurrentUser user, ContractInfo contract) {
        if (user.role() == Role.MENTOR && !isMentorOf(user, contract)) {
            throw new AccessDeniedException("Livret d'un autre maître d'apprentissage");
        }
    }

    static boolean isMentorOf(CurrentUser user, ContractInfo contract) {
        return user.personId() != null
                && (user.personId().equals(contract.mentor1Id())
                        || user.personId().equals(contract.mentor2Id()));
    }
}
