package org.trio.contract;

import java.time.LocalDate;

/**
 * Published when an amendment (avenant) of a contract is recorded.
 *
 * @param amendmentType CERFA code 31–37
 * @param effectiveDate the day the amendment takes effect
 * @param endDate the contract's planned end after the amendment
 */
public record ContractAmended(
        long contractId,
        long amendmentId,
        long apprenticeId,
        String amendmentType,
        LocalDate effectiveDate,
        LocalDate endDate,
        long mentor1Id) {}
