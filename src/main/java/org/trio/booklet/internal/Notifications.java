package org.trio.booklet.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.platform.mail.Mailer;

/**
 * Tells the trio what happened in a livret: a notification in Trio (the unread list of each person) and an e-mail
 * through the outbox, both in the caller's transaction, to every member but the author.
 */
@Component
class Notifications {

    private static final Log log = LogFactory.getLog(Notifications.class);

    /** A notification as its recipient sees it. */
    public record Item(long id, String message, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Mailer mailer;

    Notifications(JdbcClient jdbc, Mailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    void notify(
            List<TrioMembers.Member> members,
            Author author,
            long bookletId,
            Long entryId,
            String message,
            String link,
            String mailText,
            Instant now) {
        Long cfaId = jdbc.sql("select cfa_id from booklet.booklet where id = ?")
                .param(bookletId)
                .query(Long.class)
                .optional()
                .orElse(null);
        for (TrioMembers.Member member : members) {
            if (member.role() == author.role() && Objects.equals(member.personId(), author.personId())) {
                continue;
            }
            jdbc.sql("insert into booklet.notification (recipient_role, recipient_person_id, booklet_id, entry_id,"
                            + " message, link, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            member.role().name(),
                            member.personId(),
                            bookletId,
                            entryId,
                            shorten(message, 400),
                            link,
                            now.atOffset(ZoneOffset.UTC))
                    .update();
            if (member.email() != null && !member.email().isBlank()) {
                try {
                    mailer.send(member.email(), shorten("Trio · " + message, 300), mailText, cfaId);
                } catch (IllegalArgumentException unusableAddress) {
                    log.warn("Notification du livret non envoyée par courriel : " + unusableAddress.getMessage());
                }
            }
        }
    }

    List<Item> of(CurrentUser user, int limit) {
        if (user.personId() == null) {
            return List.of();
        }
        return jdbc.sql("select id, message, link, created_at, read_at from booklet.notification"
                        + " where recipient_role = ? and recipient_person_id = ? order by created_at desc, id desc"
                        + " limit ?")
                .params(user.role().name(), user.personId(), limit)
                .query(Item.class)
                .list();
    }

    int unread(CurrentUser user) {
        if (user.personId() == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from booklet.notification where recipient_role = ? and recipient_person_id = ?"
                        + " and read_at is null")
                .params(user.role().name(), user.personId())
                .query(Integer.class)
                .single();
    }

    void markAllRead(CurrentUser user, Instant now) {
        if (user.personId() != null) {
            jdbc.sql("update booklet.notification set read_at = ? where recipient_role = ? and recipient_person_id = ?"
                            + " and read_at is null")
                    .params(now.atOffset(ZoneOffset.UTC), user.role().name(), user.personId())
                    .update();
        }
    }

    /** Marks as read the notifications of one livret (its page has been opened). */
    void markReadForBooklet(CurrentUser user, long bookletId, Instant now) {
        if (user.personId() != null) {
            jdbc.sql("update booklet.notification set read_at = ? where recipient_role = ? and recipient_person_id = ?"
                            + " and booklet_id = ? and read_at is null")
                    .params(now.atOffset(ZoneOffset.UTC), user.role().name(), user.personId(), bookletId)
                    .update();
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
