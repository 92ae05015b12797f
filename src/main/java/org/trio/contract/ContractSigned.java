package org.trio.contract;

import java.time.LocalDate;

/** Published when a contract is recorded (the CERFA is signed): follow-up calendars start from here. */
public record ContractSigned(
        long contractId,
        long apprenticeId,
        long enrolmentId,
        long employerId,
        long mentor1Id,
        LocalDate conclusionDate,
        LocalDate startDate,
        LocalDate endDate) {}
