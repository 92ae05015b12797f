package org.trio.contract.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An exclusion or abandon of the training. */
record ExclusionForm(
        @NotNull LocalDate exclusionDate,
        @NotBlank @Size(max = 300) String exclusionCause) {}
