package org.trio.contract;

import java.time.LocalDate;

/**
 * Published when the rupture of a contract is recorded: the early warning, the livret and the exchanges react to it.
 *
 * @param net whether it counts as a rupture nette under the rule in force on the rupture date
 * @param expressedMotive the motive expressed by the company (label), if known
 * @param validatedMotive the motive validated by the CFA (label), if known
 * @param continuationEnd last day of the six months as stagiaire de la formation professionnelle, if the apprentice
 *     continues the training
 */
public record ContractTerminated(
        long contractId,
        long apprenticeId,
        long enrolmentId,
        long employerId,
        LocalDate ruptureDate,
        RuptureInitiative initiative,
        RuptureLegalMode legalMode,
        String expressedMotive,
        String validatedMotive,
        AnalysisPeriod analysisPeriod,
        boolean net,
        LocalDate continuationEnd) {}
