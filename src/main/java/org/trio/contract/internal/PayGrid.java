package org.trio.contract.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Apprentice pay as a percentage of the SMIC by contract year and age band, read from dated rows (the rows in force at
 * the start of each contract year apply). Ages are taken at the start of each contract year.
 */
final class PayGrid {

    /** One row of the grid. */
    record Rate(int contractYear, int ageMin, int ageMax, BigDecimal percent, LocalDate validFrom, LocalDate validTo) {

        boolean appliesTo(int year, int age, LocalDate day) {
            return contractYear == year
                    && age >= ageMin
                    && age <= ageMax
                    && !day.isBefore(validFrom)
                    && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The pay of one contract year: from which day, the age then and the percentage of the SMIC. */
    record YearPay(int contractYear, LocalDate from, int age, BigDecimal percent) {}

    private PayGrid() {}

    static Optional<BigDecimal> percent(List<Rate> rates, int contractYear, int age, LocalDate day) {
        int year = Math.min(
                contractYear, rates.stream().mapToInt(Rate::contractYear).max().orElse(1));
        return rates.stream()
                .filter(rate -> rate.appliesTo(year, age, day))
                .map(Rate::percent)
                .findFirst();
    }

    /** The pay of each contract year from the start to the planned end. */
    static List<YearPay> schedule(List<Rate> rates, LocalDate birth, LocalDate start, LocalDate end) {
        List<YearPay> years = new ArrayList<>();
        for (int year = 1; !start.plusYears(year - 1L).isAfter(end); year++) {
            LocalDate from = start.plusYears(year - 1L);
            int age = Period.between(birth, from).getYears();
            int contractYear = year;
            percent(rates, year, age, from)
                    .ifPresent(percent -> years.add(new YearPay(contractYear, from, age, percent)));
        }
        return years;
    }
}
