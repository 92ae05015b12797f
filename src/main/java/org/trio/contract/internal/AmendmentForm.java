package org.trio.contract.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An amendment: its type, dates and the new values (end, maîtres, hours) it sets. */
record AmendmentForm(
        @NotBlank String amendmentType,
        @NotNull LocalDate conclusionDate,
        @NotNull LocalDate effectiveDate,
        @NotNull LocalDate newEndDate,
        @NotNull Long mentor1Id,
        Long mentor2Id,
        @NotNull @DecimalMin("1") @DecimalMax("48") BigDecimal weeklyHours,
        @Size(max = 1000) String note) {}
