package org.trio.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.home.HomeTask;
import org.trio.home.HomeTaskProvider;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * What the visits ask of each person: the apprentice and the maître confirm planned visits, acknowledge reports and
 * carry out their actions; the trainer plans the due visits and writes the reports; the CFA sees how many are late.
 */
@Component
class VisitHomeTasks implements HomeTaskProvider {

    static final String CATEGORY = "visit.home.category";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PLAN_AHEAD_DAYS = 30;
    private static final int LIMIT = 8;

    private final AccessPolicy access;
    private final ReferentialManagement referential;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    VisitHomeTasks(
            AccessPolicy access,
            ReferentialManagement referential,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.access = access;
        this.referential = referential;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        if (user.personId() == null && user.role().scope() == Role.ScopeKind.LINKED) {
            return tasks;
        }
        LocalDate today = LocalDate.now(clock);
        ApprenticeScope scope = access.scopeOf(user);
        switch (user.role()) {
            case APPRENTICE, MENTOR -> trioMember(user, scope, today, tasks);
            case TUTOR -> tutor(scope, today, tasks);
            case CFA_DIRECTOR, DEPUTY_PEDAGOGY, PLACEMENT_ADVISOR, PROGRAMME_LEAD -> overdue(scope, today, tasks);
            default -> {}
        }
        return tasks;
    }

    private void trioMember(CurrentUser user, ApprenticeScope scope, LocalDate today, List<HomeTask> tasks) {
        boolean mentor = user.role() == Role.MENTOR;
        List<Row> toConfirm = jdbc.sql("select v.id, v.contract_id, v.apprentice_id, v.planned_on as day from"
                        + " visit.visit v where v.status = 'PLANNED' and v.planned_on >= :today and "
                        + (mentor ? "v.mentor_confirmed_at" : "v.apprentice_confirmed_at") + " is null and "
                        + scope.sql("v.cfa_id", "v.site_id", "v.apprentice_id")
                        + " order by v.planned_on limit :limit")
                .params(scope.parameters())
                .param("today", today)
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
        List<Row> toAcknowledge = jdbc.sql("select r.id, r.contract_id, r.apprentice_id, r.visited_on as day from"
                        + " visit.report r join visit.visit v on v.id = r.visit_id where r.visited_on >= :since"
                        + " and not exists (select 1 from visit.acknowledgement a where a.report_id = r.id"
                        + " and a.role = :role and a.person_id = :person) and "
                        + scope.sql("v.cfa_id", "v.site_id", "v.apprentice_id")
                        + " order by r.visited_on desc limit :limit")
                .params(scope.parameters())
                .param("since", today.minusMonths(6))
                .param("role", user.role().name())
                .param("person", user.personId())
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
        List<ActionRow> actions = jdbc.sql("select a.id, a.report_id, a.apprentice_id, a.description, a.due_on from"
                        + " visit.action a where a.closed_on is null and a.owner = :owner and "
                        + scope.sql("a.cfa_id", "a.site_id", "a.apprentice_id")
                        + " order by a.due_on limit :limit")
                .params(scope.parameters())
                .param("owner", user.role().name())
                .param("limit", LIMIT)
                .query(ActionRow.class)
                .list();
        Map<Long, ApprenticeInfo> names = names(toConfirm, toAcknowledge, actions);
        for (Row row : toConfirm) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("visit.home.confirm", DAY.format(row.day())),
                    detail(mentor, names, row.apprenticeId()),
                    "/visits/contracts/" + row.contractId() + "#visite-" + row.id(),
                    row.day(),
                    false));
        }
        for (Row row : toAcknowledge) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("visit.home.acknowledge", DAY.format(row.day())),
                    detail(mentor, names, row.apprenticeId()),
                    "/visits/reports/" + row.id(),
                    null,
                    false));
        }
        for (ActionRow action : actions) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("visit.home.action", action.description()),
                    detail(mentor, names, action.apprenticeId()),
                    "/visits/reports/" + action.reportId() + "#action-" + action.id(),
                    action.dueOn(),
                    action.dueOn().isBefore(today)));
        }
    }

    private void tutor(ApprenticeScope scope, LocalDate today, List<HomeTask> tasks) {
        List<DueRow> toPlan = jdbc.sql("select d.contract_id, d.apprentice_id, d.label, d.window_end from"
                        + " visit.due_visit d where d.window_end <= :horizon and d.window_end >= :since"
                        + " and not exists (select 1 from visit.visit v where v.contract_id = d.contract_id"
                        + " and v.rule_code = d.rule_code and v.status in ('PLANNED', 'DONE')) and "
                        + scope.sql("d.cfa_id", "d.site_id", "d.apprentice_id")
                        + " order by d.window_end limit :limit")
                .params(scope.parameters())
                .param("horizon", today.plusDays(PLAN_AHEAD_DAYS))
                .param("since", today.minusMonths(6))
                .param("limit", LIMIT)
                .query(DueRow.class)
                .list();
        List<Row> toReport = jdbc.sql("select v.id, v.contract_id, v.apprentice_id, v.planned_on as day from"
                        + " visit.visit v where v.status = 'PLANNED' and v.planned_on < :today and "
                        + scope.sql("v.cfa_id", "v.site_id", "v.apprentice_id")
                        + " order by v.planned_on limit :limit")
                .params(scope.parameters())
                .param("today", today)
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
        List<Long> ids =
                new ArrayList<>(toPlan.stream().map(DueRow::apprenticeId).toList());
        toReport.forEach(row -> ids.add(row.apprenticeId()));
        Map<Long, ApprenticeInfo> names = referential.apprentices(ids);
        for (DueRow due : toPlan) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("visit.home.plan", due.label()),
                    name(names, due.apprenticeId()),
                    "/visits/contracts/" + due.contractId(),
                    due.windowEnd(),
                    due.windowEnd().isBefore(today)));
        }
        for (Row row : toReport) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("visit.home.report", DAY.format(row.day())),
                    name(names, row.apprenticeId()),
                    "/visits/" + row.id() + "/report",
                    row.day().plusDays(7),
                    row.day().plusDays(7).isBefore(today)));
        }
    }

    private void overdue(ApprenticeScope scope, LocalDate today, List<HomeTask> tasks) {
        int count = jdbc.sql("select count(*) from (" + VisitQueries.OVERDUE + " and "
                        + scope.sql("d.cfa_id", "d.site_id", "d.apprentice_id") + ") overdue")
                .params(scope.parameters())
                .param("asOf", today)
                .query(Integer.class)
                .single();
        if (count > 0) {
            tasks.add(new HomeTask(CATEGORY, text("visit.home.overdue", count), "", "/visits", null, true));
        }
    }

    private Map<Long, ApprenticeInfo> names(List<Row> first, List<Row> second, List<ActionRow> actions) {
        List<Long> ids = new ArrayList<>();
        first.forEach(row -> ids.add(row.apprenticeId()));
        second.forEach(row -> ids.add(row.apprenticeId()));
        actions.forEach(row -> ids.add(row.apprenticeId()));
        return referential.apprentices(ids);
    }

    private static String detail(boolean mentor, Map<Long, ApprenticeInfo> names, long apprenticeId) {
        return mentor ? name(names, apprenticeId) : "";
    }

    private static String name(Map<Long, ApprenticeInfo> names, long apprenticeId) {
        ApprenticeInfo apprentice = names.get(apprenticeId);
        return apprentice == null ? "" : apprentice.fullName();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }

    record Row(long id, long contractId, long apprenticeId, LocalDate day) {}

    record ActionRow(long id, long reportId, long apprenticeId, String description, LocalDate dueOn) {}

    record DueRow(long contractId, long apprenticeId, String label, LocalDate windowEnd) {}
}
