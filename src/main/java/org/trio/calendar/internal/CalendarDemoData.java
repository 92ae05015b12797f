package org.trio.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.trio.calendar.PeriodKind;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.referential.CohortInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * Demo alternance calendars for every cohort, from September to the end of August: weeks at the CFA and in the company
 * in the rhythm usual for the diploma (1 week / 2 weeks for CAP, BP, BAC PRO, MC, TP; 2 / 2 for BTS; 3 / 3 in higher
 * education), no CFA week during school holidays, Christmas and three summer weeks of paid leave, exams in June of the
 * final year.
 */
@Component
class CalendarDemoData implements DemoDataContributor {

    private final ReferentialManagement referential;

    CalendarDemoData(ReferentialManagement referential) {
        this.referential = referential;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void contribute(DemoContext context) {
        int current = context.currentSchoolYear().startYear();
        List<Object[]> rows = new ArrayList<>();
        long next = context.reserveIds("calendar.alternance_period", 0);
        for (long cfa : (long[]) context.shared(DemoKeys.CFAS)) {
            for (SiteInfo site : referential.sitesOfCfa(cfa)) {
                for (int year = current - 1; year <= current; year++) {
                    List<CohortInfo> cohorts = referential.cohortsOfSite(site.id(), year);
                    Map<Long, ProgrammeInfo> programmes = referential.programmes(
                            cohorts.stream().map(CohortInfo::programmeId).toList());
                    for (CohortInfo cohort : cohorts) {
                        ProgrammeInfo programme = programmes.get(cohort.programmeId());
                        boolean finalYear = cohort.programmeYear() * 12 >= programme.theoreticalDurationMonths();
                        for (Object[] period : periods(cohort, programme.diplomaType(), finalYear)) {
                            Object[] row = new Object[6];
                            row[0] = next++;
                            row[1] = cohort.id();
                            System.arraycopy(period, 0, row, 2, 4);
                            rows.add(row);
                        }
                    }
                }
            }
        }
        context.copy("calendar.alternance_period", "id, cohort_id, kind, start_date, end_date, label", rows);
        context.syncIdentity("calendar.alternance_period");
    }

    static List<Object[]> periods(CohortInfo cohort, DiplomaType type, boolean finalYear) {
        int[] rhythm = switch (type) {
            case BTS -> new int[] {2, 2};
            case LICENCE_PRO, LICENCE, BUT, MASTER, ENGINEER -> new int[] {3, 3};
            default -> new int[] {1, 2};
        };
        int year = cohort.schoolYear().startYear();
        LocalDate monday = LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate examStart = LocalDate.of(year + 1, Month.JUNE, 1);
        LocalDate summerLeave = LocalDate.of(year + 1, Month.AUGUST, 1);
        LocalDate lastDay = LocalDate.of(year + 1, Month.AUGUST, 31);
        List<Object[]> periods = new ArrayList<>();
        if (monday.isAfter(LocalDate.of(year, Month.SEPTEMBER, 1))) {
            add(periods, PeriodKind.COMPANY, LocalDate.of(year, Month.SEPTEMBER, 1), monday.minusDays(1));
        }
        int cycle = rhythm[0] + rhythm[1];
        int week = 0;
        for (LocalDate start = monday; start.isBefore(examStart); start = start.plusWeeks(1), week++) {
            LocalDate end = start.plusDays(6);
            PeriodKind kind;
            if (isChristmasLeave(start)) {
                kind = PeriodKind.HOLIDAY;
            } else if (week % cycle < rhythm[0] && !isSchoolHoliday(start)) {
                kind = PeriodKind.CFA;
            } else {
                kind = PeriodKind.COMPANY;
            }
            add(periods, kind, start, end.isBefore(examStart) ? end : examStart.minusDays(1));
        }
        LocalDate afterExams = LocalDate.of(year + 1, Month.JUNE, 20);
        add(periods, finalYear ? PeriodKind.EXAM : PeriodKind.COMPANY, nextStart(periods, examStart), afterExams);
        add(periods, PeriodKind.COMPANY, afterExams.plusDays(1), summerLeave.minusDays(1));
        add(periods, PeriodKind.HOLIDAY, summerLeave, summerLeave.plusDays(20));
        add(periods, PeriodKind.COMPANY, summerLeave.plusDays(21), lastDay);
        return periods;
    }

    private static LocalDate nextStart(List<Object[]> periods, LocalDate fallback) {
        return periods.isEmpty() ? fallback : ((LocalDate) periods.get(periods.size() - 1)[2]).plusDays(1);
    }

    /** Adds a period, extending the previous one when it is of the same kind and contiguous. */
    private static void add(List<Object[]> periods, PeriodKind kind, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return;
        }
        if (!periods.isEmpty()) {
            Object[] last = periods.get(periods.size() - 1);
            if (last[0].equals(kind.name()) && ((LocalDate) last[2]).plusDays(1).equals(start)) {
                last[2] = end;
                return;
            }
        }
        periods.add(new Object[] {kind.name(), start, end, label(kind)});
    }

    private static String label(PeriodKind kind) {
        return switch (kind) {
            case CFA -> "Semaine au CFA";
            case COMPANY -> "En entreprise";
            case EXAM -> "Examens";
            case HOLIDAY -> "Congés";
            case TELEWORK -> "Télétravail";
        };
    }

    private static boolean isChristmasLeave(LocalDate monday) {
        LocalDate christmas = LocalDate.of(monday.getYear(), Month.DECEMBER, 25);
        return !monday.isAfter(christmas) && !monday.plusDays(6).isBefore(christmas);
    }

    /** Approximate school holidays of Île-de-France (zone C): the CFA does not hold classes then. */
    private static boolean isSchoolHoliday(LocalDate monday) {
        int month = monday.getMonthValue();
        int day = monday.getDayOfMonth();
        return (month == 10 && day >= 19)
                || (month == 11 && day <= 2)
                || (month == 12 && day >= 20)
                || (month == 1 && day <= 3)
                || (month == 2 && day >= 15)
                || (month == 3 && day <= 1)
                || (month == 4 && day >= 12 && day <= 27);
    }
}
