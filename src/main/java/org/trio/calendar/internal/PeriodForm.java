package org.trio.calendar.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.NewPeriod;
import org.trio.calendar.PeriodKind;

/** The form adding a period to a calendar, or changing one. */
record PeriodForm(
        @NotNull PeriodKind kind,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate start,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate end,

        @Size(max = 120) String label) {

    static PeriodForm empty() {
        return new PeriodForm(PeriodKind.COMPANY, null, null, null);
    }

    static PeriodForm of(AlternancePeriod period) {
        return new PeriodForm(period.kind(), period.start(), period.end(), period.label());
    }

    NewPeriod toCommand() {
        return new NewPeriod(kind, start, end, label == null || label.isBlank() ? null : label.strip());
    }
}
