package org.trio.attendance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceSummary;
import org.trio.attendance.MonthlyAbsenteeism;
import org.trio.attendance.TimetableHours;
import org.trio.platform.document.ExportFormat;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.DateRange;
import org.trio.shared.SchoolYear;

/**
 * Hours planned and realised, completion rate, absenteeism and distance share per cohort and per programme, one
 * cohort's apprentices and months, and absenteeism per cohort and month (with a chart), each exportable.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class ReportController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.FRANCE);

    /** A cohort with its timetable of the year and its figures to date. */
    record CohortFigures(CohortDirectory.CohortRow row, TimetableHours timetable, AttendanceSummary summary) {}

    /** A programme with the sums of its cohorts listed. */
    record ProgrammeFigures(
            long programmeId, String programme, long cohorts, TimetableHours timetable, AttendanceSummary summary) {}

    /** An apprentice of a cohort with their figures. */
    record ApprenticeFigures(long id, String name, AttendanceSummary summary) {}

    /** A cohort's absenteeism month by month. */
    record CohortMonths(CohortDirectory.CohortRow row, List<MonthlyAbsenteeism> months) {}

    private final CohortDirectory directory;
    private final AttendanceManagement attendance;
    private final TimetableService timetables;
    private final AttendanceAccess access;
    private final ReferentialManagement referential;
    private final org.trio.contract.EnrolmentManagement enrolments;
    private final TableExports exports;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    ReportController(
            CohortDirectory directory,
            AttendanceManagement attendance,
            TimetableService timetables,
            AttendanceAccess access,
            ReferentialManagement referential,
            org.trio.contract.EnrolmentManagement enrolments,
            TableExports exports,
            AuditTrail audit,
            JdbcClient jdbc,
            Texts texts,
            Clock clock) {
        this.directory = directory;
        this.attendance = attendance;
        this.timetables = timetables;
        this.access = access;
        this.referential = referential;
        this.enrolments = enrolments;
        this.exports = exports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/attendance/cohorts")
    String cohorts(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long site,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        SchoolYear schoolYear = schoolYear(year);
        List<CohortFigures> all = figures(user, schoolYear, site, q);
        Paging paging = Paging.of(page);
        List<CohortFigures> shown =
                all.stream().skip(paging.offset()).limit(paging.fetchSize()).toList();
        PageSlice<CohortFigures> slice = paging.slice(shown);
        model.addAttribute("page", slice);
        model.addAttribute("programmes", byProgramme(all));
        model.addAttribute("sites", directory.sitesOf(user));
        model.addAttribute("site", site);
        model.addAttribute("q", q);
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", List.of(schoolYear(null), schoolYear(null).previous()));
        return "attendance/cohorts";
    }

    @GetMapping(path = "/attendance/cohorts", params = "format")
    ResponseEntity<StreamingResponseBody> exportCohorts(
            @RequestParam String format,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long site,
            @RequestParam(required = false) @Nullable String q,
            CurrentUser user) {
        List<CohortFigures> all = figures(user, schoolYear(year), site, q);
        Table<CohortFigures> cohorts = SummaryColumns.add(
                        Table.<CohortFigures>titled(texts.get("attendance.report.cohorts"))
                                .text(
                                        texts.get("attendance.column.cohort"),
                                        f -> f.row().cohort().label())
                                .text(
                                        texts.get("attendance.column.site"),
                                        f -> f.row().site().name())
                                .text(
                                        texts.get("attendance.column.programme"),
                                        f -> f.row().programme().label())
                                .decimal(
                                        texts.get("attendance.column.timetable"),
                                        f -> f.timetable().plannedHours())
                                .percent(
                                        texts.get("attendance.column.timetable-distance"),
                                        f -> f.timetable().distanceShare()),
                        texts,
                        CohortFigures::summary)
                .rows(all);
        if (ExportFormat.parse(format).filter(f -> f == ExportFormat.XLSX).isPresent()) {
            Table<ProgrammeFigures> programmes = SummaryColumns.add(
                            Table.<ProgrammeFigures>titled(texts.get("attendance.report.programmes"))
                                    .text(texts.get("attendance.column.programme"), ProgrammeFigures::programme)
                                    .integer(texts.get("attendance.column.cohorts"), ProgrammeFigures::cohorts)
                                    .decimal(
                                            texts.get("attendance.column.timetable"),
                                            f -> f.timetable().plannedHours())
                                    .percent(
                                            texts.get("attendance.column.timetable-distance"),
                                            f -> f.timetable().distanceShare()),
                            texts,
                            ProgrammeFigures::summary)
                    .rows(byProgramme(all));
            return exports.respondWorkbook(texts.get("attendance.export.cohorts"), List.of(cohorts, programmes));
        }
        return exports.respond(format, texts.get("attendance.export.cohorts"), cohorts);
    }

    @GetMapping("/attendance/cohorts/{cohortId}")
    String cohort(@PathVariable long cohortId, CurrentUser user, Model model) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        access.requireViewCohort(user, context);
        DateRange toDate = yearToDate(context.cohort().schoolYear());
        List<MonthlyAbsenteeism> months =
                attendance.absenteeismOfCohort(cohortId, months(context.cohort().schoolYear()));
        model.addAttribute("context", context);
        model.addAttribute(
                "programme",
                referential.programme(context.cohort().programmeId()).orElse(null));
        model.addAttribute("summary", attendance.summaryOfCohort(cohortId, toDate));
        model.addAttribute(
                "timetable",
                attendance.timetableHours(
                        cohortId,
                        new DateRange(
                                context.cohort().schoolYear().start(),
                                context.cohort().schoolYear().end())));
        model.addAttribute("months", months);
        model.addAttribute("chart", chart(months));
        boolean perApprentice = AttendanceAccess.readsAttendance(user.role());
        model.addAttribute("perApprentice", perApprentice);
        model.addAttribute("apprentices", perApprentice ? apprentices(user, cohortId, toDate) : List.of());
        model.addAttribute("canPlan", access.canPlan(user, context));
        return "attendance/cohort";
    }

    @GetMapping(path = "/attendance/cohorts/{cohortId}", params = "format")
    ResponseEntity<StreamingResponseBody> exportCohort(
            @PathVariable long cohortId, @RequestParam String format, CurrentUser user) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        access.requireViewCohort(user, context);
        List<ApprenticeFigures> rows = AttendanceAccess.readsAttendance(user.role())
                ? apprentices(user, cohortId, yearToDate(context.cohort().schoolYear()))
                : List.of();
        audit.recordEvent(
                "EXPORT", "Assiduité de la promotion " + context.cohort().label() + " (" + rows.size() + " apprentis)");
        Table<ApprenticeFigures> table = SummaryColumns.add(
                        Table.<ApprenticeFigures>titled(context.cohort().label())
                                .text(texts.get("attendance.column.apprentice"), ApprenticeFigures::name),
                        texts,
                        ApprenticeFigures::summary)
                .rows(rows);
        return exports.respond(
                format, texts.get("attendance.export.cohort", context.cohort().label()), table);
    }

    @GetMapping("/attendance/absenteeism")
    String absenteeism(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long site,
            CurrentUser user,
            Model model) {
        SchoolYear schoolYear = schoolYear(year);
        List<CohortMonths> rows = absenteeismRows(user, schoolYear, site);
        List<MonthlyAbsenteeism> total = total(rows, schoolYear);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute(
                "monthLabels", total.stream().map(m -> MONTH.format(m.month())).toList());
        model.addAttribute("chart", chart(total));
        model.addAttribute("sites", directory.sitesOf(user));
        model.addAttribute("site", site);
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", List.of(schoolYear(null), schoolYear(null).previous()));
        return "attendance/absenteeism";
    }

    @GetMapping(path = "/attendance/absenteeism", params = "format")
    ResponseEntity<StreamingResponseBody> exportAbsenteeism(
            @RequestParam String format,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long site,
            CurrentUser user) {
        SchoolYear schoolYear = schoolYear(year);
        List<CohortMonths> rows = absenteeismRows(user, schoolYear, site);
        Table.Builder<CohortMonths> table = Table.<CohortMonths>titled(texts.get("attendance.nav.absenteeism"))
                .text(
                        texts.get("attendance.column.cohort"),
                        r -> r.row().cohort().label())
                .text(texts.get("attendance.column.site"), r -> r.row().site().name());
        List<YearMonth> months =
                total(rows, schoolYear).stream().map(MonthlyAbsenteeism::month).toList();
        for (int i = 0; i < months.size(); i++) {
            int index = i;
            table.percent(
                    MONTH.format(months.get(i)),
                    r -> r.months().get(index).summary().absenteeismRate());
        }
        return exports.respond(format, texts.get("attendance.export.absenteeism"), table.rows(rows));
    }

    private List<CohortMonths> absenteeismRows(CurrentUser user, SchoolYear schoolYear, @Nullable Long site) {
        DateRange range = months(schoolYear);
        return directory.cohorts(user, schoolYear.startYear(), site).stream()
                .map(row -> new CohortMonths(
                        row, attendance.absenteeismOfCohort(row.cohort().id(), range)))
                .filter(row -> row.months().stream().anyMatch(m -> m.summary().lines() > 0))
                .toList();
    }

    private List<MonthlyAbsenteeism> total(List<CohortMonths> rows, SchoolYear schoolYear) {
        DateRange range = months(schoolYear);
        Map<YearMonth, AttendanceSummary> sums = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(range.start());
                !m.isAfter(YearMonth.from(range.end()));
                m = m.plusMonths(1)) {
            sums.put(m, AttendanceSummary.EMPTY);
        }
        rows.forEach(row -> row.months().forEach(m -> sums.merge(m.month(), m.summary(), AttendanceSummary::plus)));
        List<MonthlyAbsenteeism> total = new ArrayList<>();
        sums.forEach((month, summary) -> total.add(new MonthlyAbsenteeism(month, summary)));
        return total;
    }

    private List<ApprenticeFigures> apprentices(CurrentUser user, long cohortId, DateRange period) {
        List<Long> ids = enrolments.enrolmentsOfCohort(cohortId).stream()
                .map(org.trio.contract.EnrolmentInfo::apprenticeId)
                .distinct()
                .filter(id -> access.canReadAttendance(user, id))
                .toList();
        Map<Long, AttendanceSummary> figures = attendance.summariesOfApprentices(ids, period);
        Map<Long, ApprenticeInfo> people = referential.apprentices(ids);
        return ids.stream()
                .filter(people::containsKey)
                .map(id -> new ApprenticeFigures(
                        id, people.get(id).lastName() + " " + people.get(id).firstName(), figures.get(id)))
                .sorted(java.util.Comparator.comparing(ApprenticeFigures::name))
                .toList();
    }

    private List<CohortFigures> figures(
            CurrentUser user, SchoolYear schoolYear, @Nullable Long site, @Nullable String q) {
        List<CohortDirectory.CohortRow> rows = directory.cohorts(user, schoolYear.startYear(), site).stream()
                .filter(row -> q == null
                        || q.isBlank()
                        || row.cohort()
                                .label()
                                .toLowerCase(Locale.FRANCE)
                                .contains(q.strip().toLowerCase(Locale.FRANCE)))
                .toList();
        List<Long> ids = rows.stream().map(row -> row.cohort().id()).toList();
        Map<Long, AttendanceSummary> summaries = attendance.summariesOfCohorts(ids, yearToDate(schoolYear));
        Map<Long, TimetableHours> timetables = timetableHours(ids);
        return rows.stream()
                .map(row -> new CohortFigures(
                        row,
                        timetables.getOrDefault(row.cohort().id(), new TimetableHours(0, 0, 0, 0)),
                        summaries.get(row.cohort().id())))
                .toList();
    }

    /**
     * The figures of each programme, summed over its cohorts listed (those the user may see, after the page's filters),
     * so that the programmes add up to the cohorts above them. Two programmes with the same label stay apart.
     */
    private List<ProgrammeFigures> byProgramme(List<CohortFigures> cohorts) {
        Map<Long, List<CohortFigures>> grouped = cohorts.stream()
                .collect(Collectors.groupingBy(f -> f.row().programme().id(), LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream()
                .map(entry -> new ProgrammeFigures(
                        entry.getKey(),
                        entry.getValue().get(0).row().programme().label(),
                        entry.getValue().size(),
                        entry.getValue().stream()
                                .map(CohortFigures::timetable)
                                .reduce(
                                        new TimetableHours(0, 0, 0, 0),
                                        (a, b) -> new TimetableHours(
                                                a.sessions() + b.sessions(),
                                                a.plannedMinutes() + b.plannedMinutes(),
                                                a.distanceMinutes() + b.distanceMinutes(),
                                                a.sessionsOutsideCfaDays() + b.sessionsOutsideCfaDays())),
                        entry.getValue().stream()
                                .map(CohortFigures::summary)
                                .reduce(AttendanceSummary.EMPTY, AttendanceSummary::plus)))
                .sorted(java.util.Comparator.comparing(ProgrammeFigures::programme)
                        .thenComparing(ProgrammeFigures::programmeId))
                .toList();
    }

    private Map<Long, TimetableHours> timetableHours(List<Long> cohortIds) {
        Map<Long, TimetableHours> hours = new HashMap<>();
        jdbc.sql("""
                        select cohort_id, count(*) as sessions,
                               coalesce(sum(extract(epoch from end_time - start_time) / 60), 0)::bigint as minutes,
                               coalesce(sum(extract(epoch from end_time - start_time) / 60)
                                        filter (where mode = 'DISTANCE'), 0)::bigint as distance
                        from attendance.timetable_session where cohort_id in (:ids) group by cohort_id
                        """)
                .params(AttendanceQueries.ids("ids", cohortIds))
                .query((rs, row) -> hours.put(
                        rs.getLong("cohort_id"),
                        new TimetableHours(rs.getLong("sessions"), rs.getLong("minutes"), rs.getLong("distance"), 0)))
                .list();
        return hours;
    }

    /** Labels and values (percent, one decimal) of the chart: justified and unjustified absenteeism per month. */
    static Map<String, String> chart(List<MonthlyAbsenteeism> months) {
        Map<String, String> chart = new HashMap<>();
        chart.put(
                "labels",
                months.stream()
                        .map(m -> "\"" + MONTH.format(m.month()) + "\"")
                        .collect(Collectors.joining(",", "[", "]")));
        chart.put("justified", series(months, true));
        chart.put("unjustified", series(months, false));
        return chart;
    }

    private static String series(List<MonthlyAbsenteeism> months, boolean justified) {
        return months.stream()
                .map(m -> {
                    AttendanceSummary s = m.summary();
                    if (s.plannedMinutes() == 0) {
                        return "0";
                    }
                    long minutes = justified
                            ? s.absenceMinutes() - s.unjustifiedAbsenceMinutes()
                            : s.unjustifiedAbsenceMinutes();
                    return BigDecimal.valueOf(minutes * 100)
                            .divide(BigDecimal.valueOf(s.plannedMinutes()), 1, RoundingMode.HALF_UP)
                            .toPlainString();
                })
                .collect(Collectors.joining(",", "[", "]"));
    }

    private SchoolYear schoolYear(@Nullable Integer year) {
        return year == null || year < 2000 || year > 2100 ? SchoolYear.of(LocalDate.now(clock)) : new SchoolYear(year);
    }

    private DateRange yearToDate(SchoolYear year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = today.isBefore(year.end()) ? today : year.end();
        return new DateRange(year.start(), end.isBefore(year.start()) ? year.start() : end);
    }

    /** The months of the school year from September to the current month (or July). */
    private DateRange months(SchoolYear year) {
        DateRange toDate = yearToDate(year);
        LocalDate start = LocalDate.of(year.startYear(), 9, 1);
        LocalDate end = YearMonth.from(toDate.end()).atEndOfMonth();
        return new DateRange(start, end.isBefore(start) ? YearMonth.from(start).atEndOfMonth() : end);
    }
}
