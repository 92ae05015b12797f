package org.trio.booklet.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.contract.ContractInfo;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.ReferentialManagement;

/**
 * "Livrets": the livrets a person follows (an apprentice goes straight to theirs), or for the CFA those of the
 * apprentices in its scope, the longest silent first; and each person's notifications.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class BookletListController {

    /** A livret in a list. */
    public record Item(
            long contractId,
            String apprentice,
            String employer,
            java.time.OffsetDateTime lastActivityAt,
            boolean missionAwaiting) {}

    private final FollowedBooklets followed;
    private final BookletQueries queries;
    private final AccessPolicy access;
    private final ReferentialManagement referential;
    private final Notifications notifications;
    private final Clock clock;

    BookletListController(
            FollowedBooklets followed,
            BookletQueries queries,
            AccessPolicy access,
            ReferentialManagement referential,
            Notifications notifications,
            Clock clock) {
        this.followed = followed;
        this.queries = queries;
        this.access = access;
        this.referential = referential;
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/booklet")
    String index(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("unread", notifications.unread(user));
        if (user.role().scope() == Role.ScopeKind.LINKED) {
            List<ContractInfo> contracts = followed.of(user);
            if (user.role() == Role.APPRENTICE && contracts.size() == 1) {
                return "redirect:/booklet/contracts/" + contracts.get(0).id();
            }
            Map<Long, ApprenticeInfo> apprentices = referential.apprentices(
                    contracts.stream().map(ContractInfo::apprenticeId).toList());
            Map<Long, EmployerInfo> employers = referential.employers(
                    contracts.stream().map(ContractInfo::employerId).toList());
            model.addAttribute(
                    "items",
                    contracts.stream()
                            .map(contract -> new Item(
                                    contract.id(),
                                    name(apprentices.get(contract.apprenticeId())),
                                    employers.containsKey(contract.employerId())
                                            ? employers
                                                    .get(contract.employerId())
                                                    .name()
                                            : "",
                                    null,
                                    false))
                            .toList());
            model.addAttribute("page", null);
            return "booklet/list";
        }
        PageSlice<BookletQueries.BookletRow> rows = queries.inScope(access.scopeOf(user), Paging.of(page));
        Map<Long, ApprenticeInfo> apprentices = referential.apprentices(rows.items().stream()
                .map(BookletQueries.BookletRow::apprenticeId)
                .toList());
        model.addAttribute(
                "items",
                rows.items().stream()
                        .map(row -> new Item(
                                row.contractId(),
                                name(apprentices.get(row.apprenticeId())),
                                "",
                                row.lastActivityAt(),
                                row.missionAwaiting()))
                        .toList());
        model.addAttribute("page", rows);
        return "booklet/list";
    }

    @GetMapping("/booklet/notifications")
    String notifications(CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.of(user, 100));
        model.addAttribute("zone", clock.getZone());
        return "booklet/notifications";
    }

    @PostMapping("/booklet/notifications/read")
    String markAllRead(CurrentUser user) {
        notifications.markAllRead(user, clock.instant());
        return "redirect:/booklet/notifications";
    }

    private static String name(ApprenticeInfo apprentice) {
        return apprentice == null ? "" : apprentice.fullName();
    }

    @Bean
    static NavigationEntry notificationsNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "nav.notifications",
                "/booklet/notifications",
                "bell",
                15,
                Set.of("TUTOR", "PROGRAMME_LEAD", "MENTOR", "APPRENTICE"));
    }
}
