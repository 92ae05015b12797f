package org.trio.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads of apprenticeship contracts for other modules (livret, visits, attendance, early warning, exchanges). */
public interface ContractManagement {

    Optional<ContractInfo> contract(long contractId);

    List<ContractInfo> contracts(Collection<Long> contractIds);

    /** Every contract of an apprentice, oldest first. */
    List<ContractInfo> contractsOf(long apprenticeId);

    /** The contract in force for the apprentice on that day, if any. */
    Optional<ContractInfo> contractInForce(long apprenticeId, LocalDate day);

    /** Contracts where the maître is maître 1 or 2, in force on that day. */
    List<ContractInfo> contractsOfMentorInForce(long mentorId, LocalDate day);
}
