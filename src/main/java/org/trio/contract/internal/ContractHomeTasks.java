package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Home tasks of the CJE and the direction: the six months after a rupture that end soon or ended without an outcome
 * (reminders written by the daily rule), and the count of young people over the national alert thresholds.
 */
@Component
class ContractHomeTasks implements HomeTaskProvider {

    private static final int LIMIT = 12;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ReferentialManagement referential;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    ContractHomeTasks(
            JdbcClient jdbc,
            AccessPolicy policy,
            ReferentialManagement referential,
            Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.policy = policy;
        this.referential = referential;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        if (!user.is(Role.PLACEMENT_ADVISOR) && !user.is(Role.CFA_DIRECTOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        ApprenticeScope scope = policy.scopeOf(user);
        Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
        parameters.put("limit", LIMIT);
        List<Object[]> rows = jdbc.sql("""
                        select c.id, c.apprentice_id, c.end_date, max(r.kind)
                          from contract.continuation c
                          join contract.continuation_reminder r on r.continuation_id = c.id
                         where c.outcome is null and %s
                         group by c.id, c.apprentice_id, c.end_date
                         order by c.end_date limit :limit""".formatted(scope.sql("c.cfa_id", "c.site_id", "c.apprentice_id")))
                .params(parameters)
                .query((rs, row) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()
                })
                .list();
        Map<Long, ApprenticeInfo> people =
                referential.apprentices(rows.stream().map(row -> (Long) row[1]).toList());
        List<HomeTask> tasks = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate end = (LocalDate) row[2];
            ApprenticeInfo apprentice = people.get((Long) row[1]);
            tasks.add(new HomeTask(
                    "home.category.ruptures",
                    text(
                            end.isAfter(today) ? "home.continuation.ending" : "home.continuation.ended",
                            apprentice == null ? "#" + row[1] : apprentice.fullName()),
                    text("home.continuation.detail"),
                    "/continuations/" + row[0],
                    end,
                    !end.isAfter(today)));
        }
        return tasks;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, java.util.Locale.FRANCE);
    }
}
