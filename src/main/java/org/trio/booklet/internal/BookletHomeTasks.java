package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.booklet.BookletManagement;
import org.trio.calendar.CompanyStay;
import org.trio.contract.ContractInfo;
import org.trio.home.HomeTask;
import org.trio.home.HomeTaskProvider;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * What the livret asks of each person: the apprentice's period returns to write, the returns the maître and the
 * trainer have not read yet, the evaluations due (none for three months), the missions awaiting the programme lead,
 * and unread notifications.
 */
@Component
class BookletHomeTasks implements HomeTaskProvider {

    static final String CATEGORY = "booklet.home.category";
    private static final int EVALUATION_MONTHS = 3;
    private static final int MAX_PER_KIND = 5;

    private final FollowedBooklets followed;
    private final DueReturns dueReturns;
    private final Notifications notifications;
    private final AccessPolicy access;
    private final ReferentialManagement referential;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    BookletHomeTasks(
            FollowedBooklets followed,
            DueReturns dueReturns,
            Notifications notifications,
            AccessPolicy access,
            ReferentialManagement referential,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.followed = followed;
        this.dueReturns = dueReturns;
        this.notifications = notifications;
        this.access = access;
        this.referential = referential;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        int unread = notifications.unread(user);
        if (unread > 0) {
            tasks.add(new HomeTask(
                    CATEGORY, text("booklet.home.notifications", unread), "", "/booklet/notifications", null, false));
        }
        switch (user.role()) {
            case APPRENTICE -> apprentice(user, today, tasks);
            case MENTOR, TUTOR -> follower(user, today, tasks);
            case PROGRAMME_LEAD -> missions(user, today, tasks);
            default -> {}
        }
        return tasks;
    }

    private void apprentice(CurrentUser user, LocalDate today, List<HomeTask> tasks) {
        for (ContractInfo contract : followed.of(user)) {
            List<CompanyStay> due = dueReturns.of(contract);
            for (CompanyStay stay : due.subList(Math.max(0, due.size() - MAX_PER_KIND), due.size())) {
                LocalDate deadline = stay.end().plusDays(DueReturns.DAYS_TO_WRITE);
                tasks.add(new HomeTask(
                        CATEGORY,
                        text("booklet.home.return", day(stay.start()), day(stay.end())),
                        "",
                        "/booklet/contracts/" + contract.id() + "?start=" + stay.start() + "&end=" + stay.end()
                                + "#retour",
                        deadline,
                        deadline.isBefore(today)));
            }
        }
    }

    /** A maître's or trainer's returns to read and evaluations to do. */
    private void follower(CurrentUser user, LocalDate today, List<HomeTask> tasks) {
        List<ContractInfo> contracts = followed.of(user).stream()
                .filter(contract ->
                        contract.inForceOn(today) || contract.lastDay().isAfter(today.minusDays(30)))
                .toList();
        if (contracts.isEmpty()) {
            return;
        }
        Map<Long, ApprenticeInfo> names = referential.apprentices(
                contracts.stream().map(ContractInfo::apprenticeId).toList());
        List<Long> ids = contracts.stream().map(ContractInfo::id).toList();
        List<UnreadReturn> unreadReturns = jdbc.sql("""
                        select e.contract_id, e.apprentice_id, min(e.period_end) as period_end, count(*) as returns
                        from booklet.entry e
                        where e.contract_id in (:ids) and e.kind = 'PERIOD_RETURN'
                          and not exists (select 1 from booklet.read_receipt r where r.entry_id = e.id
                                          and r.reader_role = :role and r.reader_person_id = :person)
                          and not exists (select 1 from booklet.entry reply where reply.parent_id = e.id
                                          and reply.author_role = :role and reply.author_person_id = :person)
                        group by e.contract_id, e.apprentice_id order by min(e.period_end) limit :limit
                        """)
                .param("ids", ids)
                .param("role", user.role().name())
                .param("person", user.personId())
                .param("limit", MAX_PER_KIND)
                .query(UnreadReturn.class)
                .list();
        for (UnreadReturn unread : unreadReturns) {
            LocalDate deadline = unread.periodEnd().plusDays(14);
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("booklet.home.read", name(names, unread.apprenticeId()), unread.returns()),
                    "",
                    "/booklet/contracts/" + unread.contractId(),
                    deadline,
                    deadline.isBefore(today)));
        }
        String evaluator = user.role() == Role.MENTOR ? "MENTOR" : "TRAINER";
        Map<Long, LocalDate> lastEvaluations = new java.util.HashMap<>();
        jdbc.sql("select contract_id, max(evaluated_on) from booklet.evaluation where contract_id in (:ids)"
                        + " and evaluator = :evaluator group by contract_id")
                .param("ids", ids)
                .param("evaluator", evaluator)
                .query((rs, row) -> lastEvaluations.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        int count = 0;
        for (ContractInfo contract : contracts) {
            LocalDate since = lastEvaluations.getOrDefault(contract.id(), contract.startDate());
            LocalDate due = since.plusMonths(EVALUATION_MONTHS);
            if (contract.inForceOn(today) && !due.isAfter(today.plusDays(14)) && count++ < MAX_PER_KIND) {
                tasks.add(new HomeTask(
                        CATEGORY,
                        text("booklet.home.evaluate", name(names, contract.apprenticeId())),
                        "",
                        "/booklet/contracts/" + contract.id() + "/evaluations",
                        due,
                        due.isBefore(today)));
            }
        }
    }

    private void missions(CurrentUser user, LocalDate today, List<HomeTask> tasks) {
        var scope = access.scopeOf(user);
        List<AwaitingMission> awaiting = jdbc.sql("select contract_id, apprentice_id, mission_submitted_at from"
                        + " booklet.booklet where mission_submitted_at is not null and mission_decided_at is null and "
                        + scope.sql("cfa_id", "site_id", "apprentice_id")
                        + " order by mission_submitted_at limit 20")
                .params(scope.parameters())
                .query(AwaitingMission.class)
                .list();
        Map<Long, ApprenticeInfo> names = referential.apprentices(
                awaiting.stream().map(AwaitingMission::apprenticeId).toList());
        ZoneId zone = clock.getZone();
        for (AwaitingMission mission : awaiting) {
            LocalDate deadline = mission.missionSubmittedAt()
                    .atZoneSameInstant(zone)
                    .toLocalDate()
                    .plusDays(BookletManagement.MISSION_VALIDATION_DAYS);
            tasks.add(new HomeTask(
                    CATEGORY,
                    text("booklet.home.mission", name(names, mission.apprenticeId())),
                    "",
                    "/booklet/contracts/" + mission.contractId() + "#mission",
                    deadline,
                    deadline.isBefore(today)));
        }
    }

    record UnreadReturn(long contractId, long apprenticeId, LocalDate periodEnd, int returns) {}

    record AwaitingMission(long contractId, long apprenticeId, java.time.OffsetDateTime missionSubmittedAt) {}

    private static String name(Map<Long, ApprenticeInfo> names, long apprenticeId) {
        ApprenticeInfo apprentice = names.get(apprenticeId);
        return apprentice == null ? "" : apprentice.fullName();
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
