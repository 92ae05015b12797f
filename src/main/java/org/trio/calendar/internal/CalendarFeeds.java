package org.trio.calendar.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarFeedContributor;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.FeedEvent;
import org.trio.contract.ContractInfo;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The private iCalendar feed of a person: the alternance calendars of the contracts they follow, with the events other
 * modules add (visits…), named after the apprentice when the person follows several.
 */
@Service
class CalendarFeeds {

    private final FeedTokens tokens;
    private final FollowedContracts followed;
    private final CalendarManagement calendars;
    private final ReferentialManagement referential;
    private final List<CalendarFeedContributor> contributors;
    private final MessageSource messages;
    private final Clock clock;

    CalendarFeeds(
            FeedTokens tokens,
            FollowedContracts followed,
            CalendarManagement calendars,
            ReferentialManagement referential,
            List<CalendarFeedContributor> contributors,
            MessageSource messages,
            Clock clock) {
        this.tokens = tokens;
        this.followed = followed;
        this.calendars = calendars;
        this.referential = referential;
        this.contributors = contributors;
        this.messages = messages;
        this.clock = clock;
    }

    /** The feed served at the token's URL, empty when the token is unknown or revoked. */
    Optional<String> feed(String token) {
        return tokens.use(token).map(this::feedOf);
    }

    private String feedOf(FeedTokens.Holder holder) {
        CurrentUser user = new CurrentUser(
                holder.accountId(), "", holder.displayName(), holder.role(), null, null, null, holder.personId());
        List<ContractInfo> contracts = followed.of(user);
        Map<Long, ApprenticeInfo> apprentices = referential.apprentices(
                contracts.stream().map(ContractInfo::apprenticeId).toList());
        boolean named = holder.role() != Role.APPRENTICE;
        List<ICalendarWriter.DayRange> ranges = new ArrayList<>();
        for (ContractInfo contract : contracts) {
            String who = named && apprentices.containsKey(contract.apprenticeId())
                    ? " · " + apprentices.get(contract.apprenticeId()).fullName()
                    : "";
            for (AlternancePeriod period : calendars.contractCalendar(contract.id())) {
                String kind = messages.getMessage(period.kind().messageKey(), null, Locale.FRANCE);
                ranges.add(new ICalendarWriter.DayRange(
                        "period-" + period.id() + "-" + contract.id() + "-" + period.start() + "@trio",
                        period.start(),
                        period.end(),
                        kind + who,
                        period.label() == null ? "" : period.label()));
            }
        }
        List<Long> contractIds = contracts.stream().map(ContractInfo::id).toList();
        List<FeedEvent> events = new ArrayList<>();
        contributors.forEach(contributor -> contributor.feedEvents(contractIds).stream()
                .map(event -> named && apprentices.containsKey(apprenticeOf(contracts, event.contractId()))
                        ? new FeedEvent(
                                event.uid(),
                                event.contractId(),
                                event.day(),
                                event.time(),
                                event.minutes(),
                                event.summary() + " · "
                                        + apprentices
                                                .get(apprenticeOf(contracts, event.contractId()))
                                                .fullName(),
                                event.description())
                        : event)
                .forEach(events::add));
        String name = messages.getMessage("calendar.feed.name", new Object[] {holder.displayName()}, Locale.FRANCE);
        return ICalendarWriter.write(name, events, ranges, clock.instant(), clock.getZone());
    }

    private static long apprenticeOf(List<ContractInfo> contracts, long contractId) {
        return contracts.stream()
                .filter(contract -> contract.id() == contractId)
                .map(ContractInfo::apprenticeId)
                .findFirst()
                .orElse(-1L);
    }
}
