package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.home.HomeTask;
import org.trio.home.HomeTaskProvider;
import org.trio.platform.web.Paging;

/**
 * The early warning's tasks on the home page: the CJE's calls due this week and late, the signals to examine for the
 * ADCP, the ASE, the CJE and the direction, each person's actions (late first), the direction's apprentices at high
 * risk without a situation, and unread notifications.
 */
@Component
class WarningHomeTasks implements HomeTaskProvider {

    private static final Set<Role> TRIAGE =
            Set.of(Role.CFA_DIRECTOR, Role.PLACEMENT_ADVISOR, Role.DEPUTY_PEDAGOGY, Role.DEPUTY_SOCIAL);
    private static final int MAX_ACTIONS = 6;

    private final WarningQueries queries;
    private final WarningSettings settings;
    private final AccessPolicy policy;
    private final Names names;
    private final WarningTexts texts;
    private final Clock clock;

    WarningHomeTasks(
            WarningQueries queries,
            WarningSettings settings,
            AccessPolicy policy,
            Names names,
            WarningTexts texts,
            Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.policy = policy;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        if (!user.role().isStaff()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<HomeTask> tasks = new ArrayList<>();
        ApprenticeScope scope = policy.scopeOf(user);
        if (user.role() == Role.PLACEMENT_ADVISOR && user.personId() != null) {
            int week = queries.countCalls(scope, user.personId(), WarningQueries.CallPeriod.WEEK, today);
            int lateCount = queries.countCalls(scope, user.personId(), WarningQueries.CallPeriod.LATE, today);
            List<WarningQueries.CallRow> late =
                    queries.calls(scope, user.personId(), WarningQueries.CallPeriod.LATE, today, new Paging(0, 1));
            if (week > 0) {
                tasks.add(new HomeTask(
                        "warning.home.calls",
                        texts.get("warning.home.calls.week", week),
                        "",
                        "/warning/calls?period=WEEK",
                        TimeRules.weekOf(today).end(),
                        false));
            }
            if (!late.isEmpty()) {
                tasks.add(new HomeTask(
                        "warning.home.calls",
                        texts.get("warning.home.calls.late", lateCount),
                        "",
                        "/warning/calls?period=LATE",
                        late.get(0).dueDate(),
                        true));
            }
        }
        if (TRIAGE.contains(user.role())) {
            int unread = queries.signalsToTriage(scope, Actor.readsSocial(user.role()));
            if (unread > 0) {
                tasks.add(new HomeTask(
                        "warning.home.signals",
                        texts.get("warning.home.signals.unread", unread),
                        texts.get("warning.home.signals.detail"),
                        "/warning/situations",
                        null,
                        false));
            }
        }
        if (user.personId() != null) {
            List<WarningQueries.ActionRow> actions = queries.actionsOwnedBy(user.personId(), MAX_ACTIONS);
            var apprentices = names.apprentices(actions, WarningQueries.ActionRow::apprenticeId);
            for (WarningQueries.ActionRow action : actions) {
                tasks.add(new HomeTask(
                        "warning.home.actions",
                        texts.get(action.kind().messageKey()),
                        apprentices.get(action.apprenticeId()),
                        "/warning/situations/" + action.situationId(),
                        action.dueDate(),
                        TimeRules.late(action.dueDate(), today)));
            }
        }
        if (user.role() == Role.CFA_DIRECTOR || user.role() == Role.NETWORK_ADMIN) {
            int threshold = settings.threshold(Threshold.HIGH_RISK_SCORE, user.networkId(), today);
            int atRisk = queries.countRisks(scope, Actor.readsSocial(user.role()), threshold, true);
            if (atRisk > 0) {
                tasks.add(new HomeTask(
                        "warning.home.risk",
                        texts.get("warning.home.risk.count", atRisk),
                        texts.get("warning.home.risk.detail"),
                        "/warning/risk?withoutSituation=true",
                        null,
                        false));
            }
            int late = queries.countLateActions(scope, today);
            if (late > 0) {
                tasks.add(new HomeTask(
                        "warning.home.risk",
                        texts.get("warning.home.actions.late", late),
                        "",
                        "/warning/point",
                        null,
                        true));
            }
        }
        if (user.personId() != null) {
            int unread = queries.unreadNotifications(user.personId());
            if (unread > 0) {
                tasks.add(new HomeTask(
                        "warning.home.notifications",
                        texts.get("warning.home.notifications.unread", unread),
                        "",
                        "/warning/notifications",
                        null,
                        false));
            }
        }
        return tasks;
    }
}
