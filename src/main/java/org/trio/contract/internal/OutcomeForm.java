package org.trio.contract.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The outcome of the six months (a new contract is recorded by the contract itself). */
record OutcomeForm(
        @NotNull Continuation.Outcome outcome, @NotNull LocalDate outcomeDate) {}
