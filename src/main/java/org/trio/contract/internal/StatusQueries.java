package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.ApprenticeScope;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.StatusManagement;
import org.trio.contract.StatusOnDay;
import org.trio.platform.web.Paging;
import org.trio.shared.SchoolYear;

/**
 * Reads of the status runs: one apprentice's status on a day, the headcounts of the national dashboard as of a date
 * (one indexed query on {@code contract.status_period}), the people behind each number and the alert lists.
 */
@Service
@Transactional(readOnly = true)
class StatusQueries implements StatusManagement {

    /** Filters of the headcounts; null means "all". */
    record Filter(
            int schoolYear, LocalDate day, Long cfaId, Long siteId, List<Long> programmeIds, Integer programmeYear) {

        static Filter of(LocalDate day) {
            return new Filter(SchoolYear.of(day).startYear(), day, null, null, null, null);
        }
    }

    /** One person behind a number: their enrolment, status and since when. */
    record Person(
            long apprenticeId,
            long enrolmentId,
            ApprenticeStatus status,
            LocalDate since,
            long days,
            long programmeId,
            int programmeYear,
            long cfaId,
            Long siteId) {}

    /** The dashboard's headcounts. */
    record Headcounts(Map<ApprenticeStatus, Long> byStatus) {

        public long of(ApprenticeStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        public long apprentices() {
            return of(ApprenticeStatus.APPRENTICE) + of(ApprenticeStatus.TRAINING_ENDED);
        }

        public long withoutContract() {
            return of(ApprenticeStatus.WITHOUT_CONTRACT);
        }

        public long terminated() {
            return of(ApprenticeStatus.TERMINATED);
        }

        public long dropouts() {
            return of(ApprenticeStatus.DROPOUT);
        }

        public long learners() {
            return apprentices() + withoutContract() + terminated();
        }
    }

    /** The alert lists' thresholds (national dashboard): 2 months without contract, 3 months as rupturant. */
    enum Alert {
        WITHOUT_CONTRACT_TWO_MONTHS(ApprenticeStatus.WITHOUT_CONTRACT, 2),
        TERMINATED_THREE_MONTHS(ApprenticeStatus.TERMINATED, 3);

        final ApprenticeStatus status;
        final int months;

        Alert(ApprenticeStatus status, int months) {
            this.status = status;
            this.months = months;
        }
    }

    private static final String ON_DAY = " p.school_year = :year and p.start_date <= :day and p.end_date >= :day";

    private final JdbcClient jdbc;

    StatusQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StatusOnDay> statusOn(long apprenticeId, LocalDate day) {
        return Optional.ofNullable(statusesOn(List.of(apprenticeId), day).get(apprenticeId));
    }

    @Override
    public Map<Long, StatusOnDay> statusesOn(Collection<Long> apprenticeIds, LocalDate day) {
        Map<Long, StatusOnDay> statuses = new HashMap<>();
        if (apprenticeIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("select p.apprentice_id, p.enrolment_id, p.status, p.start_date from contract.status_period p where"
                        + ON_DAY + " and p.apprentice_id in (:ids)")
                .param("year", SchoolYear.of(day).startYear())
                .param("day", day)
                .param("ids", List.copyOf(apprenticeIds))
                .query((rs, row) -> new StatusOnDay(
                        rs.getLong(1),
                        rs.getLong(2),
                        ApprenticeStatus.ofCode(rs.getInt(3)),
                        day,
                        rs.getDate(4).toLocalDate()))
                .list()
                .forEach(status -> statuses.merge(status.apprenticeId(), status, StatusQueries::better));
        return statuses;
    }

    @Override
    public Map<Long, StatusOnDay> enrolmentStatusesOn(Collection<Long> enrolmentIds, LocalDate day) {
        Map<Long, StatusOnDay> statuses = new HashMap<>();
        List<Long> ids = List.copyOf(enrolmentIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            jdbc.sql("select p.apprentice_id, p.enrolment_id, p.status, p.start_date from contract.status_period p"
                            + " where" + ON_DAY + " and p.enrolment_id in (:ids)")
                    .param("year", SchoolYear.of(day).startYear())
                    .param("day", day)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 10_000)))
                    .query((rs, row) -> new StatusOnDay(
                            rs.getLong(1),
                            rs.getLong(2),
                            ApprenticeStatus.ofCode(rs.getInt(3)),
                            day,
                            rs.getDate(4).toLocalDate()))
                    .list()
                    .forEach(status -> statuses.put(status.enrolmentId(), status));
        }
        return statuses;
    }

    private static StatusOnDay better(StatusOnDay a, StatusOnDay b) {
        return rank(a.status()) <= rank(b.status()) ? a : b;
    }

    private static int rank(ApprenticeStatus status) {
        return switch (status) {
            case APPRENTICE -> 0;
            case TRAINING_ENDED -> 1;
            case WITHOUT_CONTRACT -> 2;
            case TERMINATED -> 3;
            case DROPOUT -> 4;
        };
    }

    /** The headcounts as of the filter's day, within the scope: one indexed query. */
    Headcounts headcounts(Filter filter, ApprenticeScope scope) {
        Map<String, Object> parameters = parameters(filter, scope);
        Map<ApprenticeStatus, Long> counts = new EnumMap<>(ApprenticeStatus.class);
        jdbc.sql("select p.status, count(*) from contract.status_period p where " + conditions(filter, scope)
                        + " group by p.status")
                .params(parameters)
                .query((rs, row) -> {
                    counts.put(ApprenticeStatus.ofCode(rs.getInt(1)), rs.getLong(2));
                    return null;
                })
                .list();
        return new Headcounts(counts);
    }

    /** The people with one of these statuses as of the day, longest in their status first. */
    List<Person> people(Filter filter, ApprenticeScope scope, List<ApprenticeStatus> statuses, Paging paging) {
        return people(filter, scope, statuses, paging.fetchSize(), paging.offset());
    }

    /** Every person with one of these statuses as of the day (exports). */
    List<Person> people(Filter filter, ApprenticeScope scope, List<ApprenticeStatus> statuses) {
        return people(filter, scope, statuses, Integer.MAX_VALUE, 0);
    }

    private List<Person> people(
            Filter filter, ApprenticeScope scope, List<ApprenticeStatus> statuses, int limit, int offset) {
        Map<String, Object> parameters = parameters(filter, scope);
        parameters.put("statuses", statuses.stream().map(ApprenticeStatus::code).toList());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return jdbc.sql("select p.apprentice_id, p.enrolment_id, p.status, p.start_date, p.programme_id,"
                        + " p.programme_year, p.cfa_id, p.site_id from contract.status_period p where "
                        + conditions(filter, scope)
                        + " and p.status in (:statuses) order by p.start_date, p.apprentice_id limit :limit"
                        + " offset :offset")
                .params(parameters)
                .query((rs, row) -> person(rs, filter.day()))
                .list();
    }

    /** The young people over an alert threshold as of the day, longest first. */
    List<Person> alert(Filter filter, ApprenticeScope scope, Alert alert, Paging paging) {
        return alert(filter, scope, alert, paging.fetchSize(), paging.offset());
    }

    /** Everyone over an alert threshold as of the day (exports). */
    List<Person> alert(Filter filter, ApprenticeScope scope, Alert alert) {
        return alert(filter, scope, alert, Integer.MAX_VALUE, 0);
    }

    private List<Person> alert(Filter filter, ApprenticeScope scope, Alert alert, int limit, int offset) {
        Map<String, Object> parameters = parameters(filter, scope);
        parameters.put("status", alert.status.code());
        parameters.put("since", filter.day().minusMonths(alert.months));
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return jdbc.sql("select p.apprentice_id, p.enrolment_id, p.status, p.start_date, p.programme_id,"
                        + " p.programme_year, p.cfa_id, p.site_id from contract.status_period p where "
                        + conditions(filter, scope)
                        + " and p.status = :status and not p.before_start and p.start_date < :since"
                        + " order by p.start_date, p.apprentice_id limit :limit offset :offset")
                .params(parameters)
                .query((rs, row) -> person(rs, filter.day()))
                .list();
    }

    long alertCount(Filter filter, ApprenticeScope scope, Alert alert) {
        Map<String, Object> parameters = parameters(filter, scope);
        parameters.put("status", alert.status.code());
        parameters.put("since", filter.day().minusMonths(alert.months));
        return jdbc.sql("select count(*) from contract.status_period p where " + conditions(filter, scope)
                        + " and p.status = :status and not p.before_start and p.start_date < :since")
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /** The status runs of one apprentice, latest school year first. */
    List<StatusPaths.Row> runsOf(long apprenticeId) {
        return jdbc.sql("""
                        select enrolment_id, apprentice_id, school_year, cfa_id, site_id, programme_id, programme_year,
                               status, start_date, end_date, before_start
                          from contract.status_period where apprentice_id = ?
                         order by school_year desc, enrolment_id, start_date""")
                .param(apprenticeId)
                .query((rs, row) -> new StatusPaths.Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        (Long) rs.getObject(5),
                        rs.getLong(6),
                        rs.getInt(7),
                        ApprenticeStatus.ofCode(rs.getInt(8)),
                        rs.getDate(9).toLocalDate(),
                        rs.getDate(10).toLocalDate(),
                        rs.getBoolean(11)))
                .list();
    }

    private static Person person(java.sql.ResultSet rs, LocalDate day) throws java.sql.SQLException {
        LocalDate since = rs.getDate(4).toLocalDate();
        return new Person(
                rs.getLong(1),
                rs.getLong(2),
                ApprenticeStatus.ofCode(rs.getInt(3)),
                since,
                java.time.temporal.ChronoUnit.DAYS.between(since, day) + 1,
                rs.getLong(5),
                rs.getInt(6),
                rs.getLong(7),
                (Long) rs.getObject(8));
    }

    static String conditions(Filter filter, ApprenticeScope scope) {
        List<String> conditions = new ArrayList<>();
        conditions.add(ON_DAY);
        if (filter.cfaId() != null) {
            conditions.add("p.cfa_id = :cfa");
        }
        if (filter.siteId() != null) {
            conditions.add("p.site_id = :site");
        }
        if (filter.programmeIds() != null) {
            conditions.add("p.programme_id in (:programmes)");
        }
        if (filter.programmeYear() != null) {
            conditions.add("p.programme_year = :programmeYear");
        }
        conditions.add(scope.sql("p.cfa_id", "p.site_id", "p.apprentice_id"));
        return String.join(" and ", conditions);
    }

    static Map<String, Object> parameters(Filter filter, ApprenticeScope scope) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("year", filter.schoolYear());
        parameters.put("day", filter.day());
        if (filter.cfaId() != null) {
            parameters.put("cfa", filter.cfaId());
        }
        if (filter.siteId() != null) {
            parameters.put("site", filter.siteId());
        }
        if (filter.programmeIds() != null) {
            parameters.put("programmes", filter.programmeIds().isEmpty() ? List.of(-1L) : filter.programmeIds());
        }
        if (filter.programmeYear() != null) {
            parameters.put("programmeYear", filter.programmeYear());
        }
        return parameters;
    }
}
