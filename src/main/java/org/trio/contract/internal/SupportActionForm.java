package org.trio.contract.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A job-search support action as typed by the CJE. */
record SupportActionForm(
        @NotNull LocalDate actionDate,
        @NotNull SupportAction.Kind kind,
        @Size(max = 1000) String note,
        @Size(max = 1000) String result) {}
