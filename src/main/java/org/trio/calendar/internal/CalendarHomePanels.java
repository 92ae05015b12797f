package org.trio.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.PeriodKind;
import org.trio.contract.ContractInfo;
import org.trio.home.HomePanel;
import org.trio.home.HomePanelProvider;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The alternance calendar on the homes of the apprentice (where they are today, their next weeks at the CFA) and of the
 * maître (when each of their apprentices is next at the CFA): only the contracts they follow, in force today.
 */
@Component
class CalendarHomePanels implements HomePanelProvider {

    static final int ORDER = 10;
    private static final int LIMIT = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FollowedContracts followed;
    private final CalendarManagement calendars;
    private final ReferentialManagement referential;
    private final MessageSource messages;
    private final Clock clock;

    CalendarHomePanels(
            FollowedContracts followed,
            CalendarManagement calendars,
            ReferentialManagement referential,
            MessageSource messages,
            Clock clock) {
        this.followed = followed;
        this.calendars = calendars;
        this.referential = referential;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        if (user.role() != Role.APPRENTICE && user.role() != Role.MENTOR) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<ContractInfo> contracts = followed.of(user).stream()
                .filter(contract -> contract.inForceOn(today))
                .limit(LIMIT)
                .toList();
        if (contracts.isEmpty()) {
            return List.of();
        }
        List<HomePanel.Item> items = new ArrayList<>();
        if (user.role() == Role.APPRENTICE) {
            for (ContractInfo contract : contracts) {
                List<AlternancePeriod> calendar = calendars.contractCalendar(contract.id());
                String link = "/calendar/contracts/" + contract.id();
                Optional<AlternancePeriod> now = CalendarRules.periodOn(calendar, today);
                items.add(new HomePanel.Item(
                        now.map(period -> text(
                                        "calendar.home.today",
                                        text(period.kind().messageKey()),
                                        DAY.format(period.end())))
                                .orElse(text("calendar.home.today.none")),
                        "",
                        link));
                nextAtCfa(calendar, today)
                        .ifPresentOrElse(
                                period -> items.add(new HomePanel.Item(
                                        text(
                                                "calendar.home.nextCfa",
                                                DAY.format(period.start()),
                                                DAY.format(period.end())),
                                        period.label() == null ? "" : period.label(),
                                        link)),
                                () -> items.add(new HomePanel.Item(text("calendar.home.nextCfa.none"), "", link)));
            }
        } else {
            Map<Long, ApprenticeInfo> names = referential.apprentices(
                    contracts.stream().map(ContractInfo::apprenticeId).toList());
            for (ContractInfo contract : contracts) {
                ApprenticeInfo apprentice = names.get(contract.apprenticeId());
                String name = apprentice == null ? "" : apprentice.fullName();
                Optional<AlternancePeriod> next = nextAtCfa(calendars.contractCalendar(contract.id()), today);
                items.add(new HomePanel.Item(
                        name,
                        next.map(period -> text(
                                        "calendar.home.nextCfa", DAY.format(period.start()), DAY.format(period.end())))
                                .orElse(text("calendar.home.nextCfa.none")),
                        "/calendar/contracts/" + contract.id()));
            }
        }
        return List.of(
                new HomePanel(text("calendar.home.title"), ORDER, items, "/calendar", text("calendar.home.all")));
    }

    /** The period at the CFA under way today, or else the next one. */
    static Optional<AlternancePeriod> nextAtCfa(List<AlternancePeriod> calendar, LocalDate today) {
        return calendar.stream()
                .filter(period ->
                        period.kind() == PeriodKind.CFA && !period.end().isBefore(today))
                .findFirst();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
