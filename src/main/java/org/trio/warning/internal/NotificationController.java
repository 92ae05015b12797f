package org.trio.warning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trio.access.CurrentUser;
import org.trio.platform.web.Paging;

/** A staff member's notifications of the early warning (the same messages are also sent by e-mail). */
@Controller
@PreAuthorize(WarningRoles.NOTIFIED)
class NotificationController {

    private final WarningQueries queries;
    private final Clock clock;

    NotificationController(WarningQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/warning/notifications")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Paging paging = Paging.of(page);
        model.addAttribute(
                "page",
                paging.slice(
                        user.personId() == null
                                ? java.util.List.of()
                                : queries.notifications(user.personId(), paging)));
        model.addAttribute("zone", clock.getZone());
        return "warning/notifications";
    }

    @PostMapping("/warning/notifications/read")
    String read(CurrentUser user) {
        if (user.personId() != null) {
            queries.markNotificationsRead(user.personId(), OffsetDateTime.now(clock));
        }
        return "redirect:/warning/notifications";
    }
}
