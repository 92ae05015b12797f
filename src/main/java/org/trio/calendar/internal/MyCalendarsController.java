package org.trio.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.contract.ContractInfo;
import org.trio.platform.web.PublicPaths;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * "Mon calendrier": the calendars a person follows (their own contract, their apprentices', their CFA's cohorts) and
 * their private iCalendar feed, served without login at a secret address.
 */
@Controller
class MyCalendarsController {

    static final String FEED_HOLDERS = "hasAnyRole('APPRENTICE','MENTOR','TUTOR')";

    /** One calendar the person follows. */
    public record Followed(long contractId, String apprentice, String employer, LocalDate start, LocalDate end) {}

    private final FollowedContracts followed;
    private final ReferentialManagement referential;
    private final FeedTokens tokens;
    private final CalendarFeeds feeds;
    private final Clock clock;

    MyCalendarsController(
            FollowedContracts followed,
            ReferentialManagement referential,
            FeedTokens tokens,
            CalendarFeeds feeds,
            Clock clock) {
        this.followed = followed;
        this.referential = referential;
        this.tokens = tokens;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    @PreAuthorize(Roles.APPRENTICE_FILE)
    String index(CurrentUser user, Model model) {
        List<ContractInfo> contracts = followed.of(user);
        Map<Long, ApprenticeInfo> apprentices = referential.apprentices(
                contracts.stream().map(ContractInfo::apprenticeId).toList());
        Map<Long, EmployerInfo> employers = referential.employers(
                contracts.stream().map(ContractInfo::employerId).toList());
        model.addAttribute(
                "followed",
                contracts.stream()
                        .map(contract -> new Followed(
                                contract.id(),
                                apprentices.containsKey(contract.apprenticeId())
                                        ? apprentices
                                                .get(contract.apprenticeId())
                                                .fullName()
                                        : "",
                                employers.containsKey(contract.employerId())
                                        ? employers.get(contract.employerId()).name()
                                        : "",
                                contract.startDate(),
                                contract.lastDay()))
                        .toList());
        model.addAttribute("cohorts", cohortsOf(user));
        boolean feedHolder = user.personId() != null
                && switch (user.role()) {
                    case APPRENTICE, MENTOR, TUTOR -> true;
                    default -> false;
                };
        model.addAttribute("feedHolder", feedHolder);
        model.addAttribute("feed", feedHolder ? tokens.active(user.accountId()).orElse(null) : null);
        model.addAttribute("zone", clock.getZone());
        return "calendar/index";
    }

    @PostMapping("/calendar/feed")
    @PreAuthorize(FEED_HOLDERS)
    String issue(CurrentUser user, RedirectAttributes redirect) {
        String token = tokens.issue(user);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ical/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
        redirect.addFlashAttribute("feedUrl", url);
        return "redirect:/calendar";
    }

    @PostMapping("/calendar/feed/revoke")
    @PreAuthorize(FEED_HOLDERS)
    String revoke(CurrentUser user, RedirectAttributes redirect) {
        tokens.revoke(user.accountId());
        redirect.addFlashAttribute("feedRevoked", true);
        return "redirect:/calendar";
    }

    /** The private feed: no login, the token is the credential; an unknown or revoked token is not found. */
    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private List<CohortInfo> cohortsOf(CurrentUser user) {
        if (!user.role().isStaff() || user.cfaId() == null) {
            return List.of();
        }
        int year = org.trio.shared.SchoolYear.of(LocalDate.now(clock)).startYear();
        return referential.sitesOfCfa(user.cfaId()).stream()
                .filter(site -> user.siteId() == null || user.siteId() == site.id())
                .map(SiteInfo::id)
                .flatMap(site -> referential.cohortsOfSite(site, year).stream())
                .toList();
    }

    @Bean
    static PublicPaths calendarFeedPaths() {
        return new PublicPaths(List.of("/ical/*"));
    }
}
