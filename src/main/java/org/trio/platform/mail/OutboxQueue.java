package org.trio.platform.mail;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The messages waiting in the outbox, as the sending job sees them. */
@Component
class OutboxQueue {

    /** A message to send now. */
    record PendingMail(long id, String recipient, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;

    OutboxQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The oldest messages due, locked for the current transaction; messages another instance is sending are skipped.
     */
    List<PendingMail> claimDue(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        select id, recipient, subject, body, attempts from platform.outbound_mail
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit
                        for update skip locked
                        """)
                .param("now", now)
                .param("limit", limit)
                .query(PendingMail.class)
                .list();
    }

    void markSent(PendingMail mail, OffsetDateTime now) {
        jdbc.sql("""
                        update platform.outbound_mail
                        set status = 'SENT', sent_at = :now, last_attempt_at = :now, attempts = :attempts,
                            next_attempt_at = null, last_error = null
                        where id = :id
                        """)
                .param("now", now)
                .param("attempts", mail.attempts() + 1)
                .param("id", mail.id())
                .update();
    }

    /** Records a failed attempt: the message is tried again at {@code retryAt}, or given up when it is null. */
    void markFailed(PendingMail mail, String error, OffsetDateTime now, @Nullable OffsetDateTime retryAt) {
        jdbc.sql("""
                        update platform.outbound_mail
                        set status = :status, last_attempt_at = :now, attempts = :attempts, next_attempt_at = :retryAt,
                            last_error = :error
                        where id = :id
                        """)
                .param("status", retryAt == null ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
                .param("now", now)
                .param("attempts", mail.attempts() + 1)
                .param("retryAt", retryAt)
                .param("error", error)
                .param("id", mail.id())
                .update();
    }
}
