package org.trio.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.home.HomePanel;
import org.trio.home.HomePanelProvider;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.visit.OverdueVisit;

/**
 * The visits on the homes: the next planned visits of the apprentice and of the maître (their apprentices only); the
 * oldest overdue visits for the trainer and the CFA's staff who follow them.
 */
@Component
class VisitHomePanels implements HomePanelProvider {

    static final int ORDER = 20;
    private static final int LIMIT = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AccessPolicy access;
    private final VisitQueries queries;
    private final ReferentialManagement referential;
    private final MessageSource messages;
    private final Clock clock;

    VisitHomePanels(
            AccessPolicy access,
            VisitQueries queries,
            ReferentialManagement referential,
            MessageSource messages,
            Clock clock) {
        this.access = access;
        this.queries = queries;
        this.referential = referential;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        if (user.personId() == null && user.role().scope() == Role.ScopeKind.LINKED) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return switch (user.role()) {
            case APPRENTICE, MENTOR -> planned(user, today);
            case TUTOR, CFA_DIRECTOR, PLACEMENT_ADVISOR, DEPUTY_PEDAGOGY, PROGRAMME_LEAD -> overdue(user, today);
            default -> List.of();
        };
    }

    private List<HomePanel> planned(CurrentUser user, LocalDate today) {
        ApprenticeScope scope = access.scopeOf(user);
        List<VisitQueries.PlannedRow> rows = queries.planned(scope, today, LIMIT);
        boolean mentor = user.role() == Role.MENTOR;
        Map<Long, ApprenticeInfo> names = referential.apprentices(
                rows.stream().map(VisitQueries.PlannedRow::apprenticeId).toList());
        List<HomePanel.Item> items = new ArrayList<>();
        for (VisitQueries.PlannedRow row : rows) {
            String when = row.plannedTime() == null
                    ? text("visit.home.panel.on", DAY.format(row.plannedOn()))
                    : text("visit.home.panel.at", DAY.format(row.plannedOn()), row.plannedTime());
            String mode = text(row.mode().messageKey());
            items.add(new HomePanel.Item(
                    when + " · " + mode,
                    mentor
                            ? VisitController.name(names, row.apprenticeId()) + " · " + row.visitorName()
                            : row.visitorName(),
                    "/visits/contracts/" + row.contractId()));
        }
        if (items.isEmpty()) {
            items.add(new HomePanel.Item(text("visit.home.panel.none"), "", null));
        }
        return List.of(new HomePanel(text("visit.home.panel.planned"), ORDER, items, null, null));
    }

    private List<HomePanel> overdue(CurrentUser user, LocalDate today) {
        PageSlice<OverdueVisit> page = queries.overdue(access.scopeOf(user), today, Paging.of(0));
        List<OverdueVisit> oldest = page.items().stream().limit(LIMIT).toList();
        if (oldest.isEmpty()) {
            return List.of();
        }
        Map<Long, ApprenticeInfo> names = referential.apprentices(
                oldest.stream().map(OverdueVisit::apprenticeId).toList());
        List<HomePanel.Item> items = oldest.stream()
                .map(visit -> new HomePanel.Item(
                        VisitController.name(names, visit.apprenticeId()),
                        text("visit.home.panel.overdue.item", visit.label(), DAY.format(visit.windowEnd())),
                        "/visits/contracts/" + visit.contractId()))
                .toList();
        return List.of(new HomePanel(
                text("visit.home.panel.overdue"), ORDER, items, "/visits", text("visit.home.panel.overdue.all")));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
