package org.trio.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CompanyStay;
import org.trio.calendar.PeriodKind;
import org.trio.shared.PublicHolidays;

/** The pure rules of alternance calendars: merging a contract's adjustments, counting days in the company. */
final class CalendarRules {

    private CalendarRules() {}

    /** The cohort's periods with the contract's own periods replacing them on the days they cover. */
    static List<AlternancePeriod> merge(List<AlternancePeriod> cohort, List<AlternancePeriod> contract) {
        List<AlternancePeriod> merged = new ArrayList<>(contract);
        for (AlternancePeriod period : cohort) {
            List<AlternancePeriod> pieces = List.of(period);
            for (AlternancePeriod adjustment : contract) {
                List<AlternancePeriod> remaining = new ArrayList<>();
                for (AlternancePeriod piece : pieces) {
                    remaining.addAll(subtract(piece, adjustment.start(), adjustment.end()));
                }
                pieces = remaining;
            }
            merged.addAll(pieces);
        }
        merged.sort(Comparator.comparing(AlternancePeriod::start));
        return merged;
    }

    private static List<AlternancePeriod> subtract(AlternancePeriod piece, LocalDate from, LocalDate to) {
        if (to.isBefore(piece.start()) || from.isAfter(piece.end())) {
            return List.of(piece);
        }
        List<AlternancePeriod> rest = new ArrayList<>();
        if (piece.start().isBefore(from)) {
            rest.add(copy(piece, piece.start(), from.minusDays(1)));
        }
        if (piece.end().isAfter(to)) {
            rest.add(copy(piece, to.plusDays(1), piece.end()));
        }
        return rest;
    }

    private static AlternancePeriod copy(AlternancePeriod piece, LocalDate start, LocalDate end) {
        return new AlternancePeriod(
                piece.id(), piece.cohortId(), piece.contractId(), piece.kind(), start, end, piece.label());
    }

    /**
     * The day the {@code n}-th working day in the company is reached, counting from {@code from} included; empty when
     * the calendar ends (or has a gap) before.
     */
    static Optional<LocalDate> nthCompanyDay(List<AlternancePeriod> calendar, LocalDate from, int n) {
        if (n <= 0 || calendar.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = calendar.stream()
                .map(AlternancePeriod::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        int count = 0;
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            Optional<AlternancePeriod> period = periodOn(calendar, day);
            if (period.isPresent() && period.get().kind().isCompanyTime() && PublicHolidays.isWorkingDay(day)) {
                count++;
                if (count == n) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The working days in the company between two days (both included), or empty when a day of the span is not covered
     * by the calendar (the count would then be a guess).
     */
    static OptionalInt companyDays(List<AlternancePeriod> calendar, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<AlternancePeriod> period = periodOn(calendar, day);
            if (period.isEmpty()) {
                return OptionalInt.empty();
            }
            if (period.get().kind().isCompanyTime() && PublicHolidays.isWorkingDay(day)) {
                count++;
            }
        }
        return OptionalInt.of(count);
    }

    static Optional<AlternancePeriod> periodOn(List<AlternancePeriod> calendar, LocalDate day) {
        return calendar.stream().filter(period -> period.contains(day)).findFirst();
    }

    /**
     * The stays in the company of a calendar: company and telework periods, joined across the holidays between them,
     * each ending with the last company day before a period at the CFA or of exams (or the end of the calendar).
     */
    static List<CompanyStay> companyStays(long contractId, List<AlternancePeriod> calendar) {
        List<CompanyStay> stays = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (AlternancePeriod period : calendar) {
            if (period.kind().isCompanyTime()) {
                if (start == null) {
                    start = period.start();
                }
                end = period.end();
            } else if (period.kind() != PeriodKind.HOLIDAY && start != null) {
                stays.add(new CompanyStay(contractId, start, end));
                start = null;
            }
        }
        if (start != null) {
            stays.add(new CompanyStay(contractId, start, end));
        }
        return stays;
    }

    /** Whether the new period overlaps one of the existing ones. */
    static boolean overlaps(List<AlternancePeriod> existing, LocalDate start, LocalDate end) {
        return existing.stream().anyMatch(period -> !end.isBefore(period.start()) && !start.isAfter(period.end()));
    }
}
