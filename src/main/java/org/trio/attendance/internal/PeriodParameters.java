package org.trio.attendance.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.trio.shared.DateRange;
import org.trio.shared.SchoolYear;

/** The period of a page: from the start of the school year to today unless the user chose other days. */
record PeriodParameters(DateRange range, boolean invalid) {

    static PeriodParameters of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        LocalDate start = from == null ? SchoolYear.of(today).start() : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            return new PeriodParameters(new DateRange(SchoolYear.of(today).start(), today), true);
        }
        return new PeriodParameters(new DateRange(start, end), false);
    }
}
