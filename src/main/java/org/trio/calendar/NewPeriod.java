package org.trio.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A period to add to a cohort's or a contract's calendar. */
public record NewPeriod(
        @NotNull PeriodKind kind,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @Size(max = 120) String label) {}
