package org.trio.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Estimates the days of practical training in the company when the alternance calendar is unknown: the working days
 * (Monday to Friday) of the span times the share of them a typical rhythm spends in the company (e.g. two weeks out of
 * three for a CAP).
 */
final class CompanyDaysEstimate {

    private CompanyDaysEstimate() {}

    static int estimate(LocalDate from, LocalDate to, BigDecimal companyShare) {
        if (to.isBefore(from)) {
            return 0;
        }
        long weekdays = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayOfWeek dayOfWeek = day.getDayOfWeek();
            if (dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        return BigDecimal.valueOf(weekdays)
                .multiply(companyShare)
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
    }
}
