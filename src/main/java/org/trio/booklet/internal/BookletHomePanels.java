package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.contract.ContractInfo;
import org.trio.home.HomePanel;
import org.trio.home.HomePanelProvider;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The livret on the homes of the apprentice and of the maître: for each livret they follow (a maître: their own
 * apprentices'), how many contributions of the rest of the trio they have not read yet, and the latest one.
 */
@Component
class BookletHomePanels implements HomePanelProvider {

    static final int ORDER = 5;
    private static final int LIMIT = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FollowedBooklets followed;
    private final ReferentialManagement referential;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    BookletHomePanels(
            FollowedBooklets followed,
            ReferentialManagement referential,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.followed = followed;
        this.referential = referential;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Summary(
            long contractId,
            int unread,
            @Nullable OffsetDateTime lastPosted,
            @Nullable String lastAuthor) {}

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        if ((user.role() != Role.APPRENTICE && user.role() != Role.MENTOR) || user.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<ContractInfo> contracts = followed.of(user).stream()
                .filter(contract -> !contract.lastDay().isBefore(today))
                .limit(LIMIT)
                .toList();
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<Long, Summary> summaries = new HashMap<>();
        jdbc.sql("""
                        select e.contract_id,
                               count(*) filter (where not (e.author_role = :role
                                                           and e.author_person_id is not distinct from :person)
                                   and not exists (select 1 from booklet.read_receipt r where r.entry_id = e.id
                                                   and r.reader_role = :role and r.reader_person_id = :person))
                                   as unread,
                               max(e.posted_at) as last_posted,
                               (array_agg(e.author_name order by e.posted_at desc))[1] as last_author
                        from booklet.entry e
                        where e.contract_id in (:ids)
                        group by e.contract_id
                        """)
                .param("role", user.role().name())
                .param("person", user.personId())
                .param("ids", contracts.stream().map(ContractInfo::id).toList())
                .query(Summary.class)
                .list()
                .forEach(summary -> summaries.put(summary.contractId(), summary));
        boolean mentor = user.role() == Role.MENTOR;
        Map<Long, ApprenticeInfo> names = mentor
                ? referential.apprentices(
                        contracts.stream().map(ContractInfo::apprenticeId).toList())
                : Map.of();
        List<HomePanel.Item> items = new ArrayList<>();
        for (ContractInfo contract : contracts) {
            Summary summary = summaries.get(contract.id());
            String unread = summary == null || summary.unread() == 0
                    ? text("booklet.home.panel.upToDate")
                    : text("booklet.home.panel.unread", summary.unread());
            String latest = summary == null || summary.lastPosted() == null
                    ? text("booklet.home.panel.empty")
                    : text(
                            "booklet.home.panel.latest",
                            summary.lastAuthor(),
                            DAY.format(summary.lastPosted().atZoneSameInstant(clock.getZone())));
            ApprenticeInfo apprentice = names.get(contract.apprenticeId());
            items.add(new HomePanel.Item(
                    mentor && apprentice != null ? apprentice.fullName() + " · " + unread : unread,
                    latest,
                    "/booklet/contracts/" + contract.id()));
        }
        return List.of(new HomePanel(
                text(mentor ? "booklet.home.panel.mentor" : "booklet.home.panel.apprentice"),
                ORDER,
                items,
                null,
                null));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
