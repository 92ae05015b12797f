package org.trio.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.trio.TrioIntegrationTest;

/** The sending job against the real outbox table, with a fake SMTP server. */
@TrioIntegrationTest
class MailDispatcherIntegrationTests {

    private static final MailSettings SMTP = new MailSettings("smtp.test", "Trio <ne-pas-repondre@cfa.test>");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2031-03-10T08:00:00Z"));

    @Test
    void sendsPendingMessagesAndMarksThemSent() throws MessagingException, IOException {
        String subject = "Votre livret d'apprentissage " + UUID.randomUUID();
        long id = queue(subject);
        FakeMailSender smtp = new FakeMailSender();
        dispatcher(smtp).dispatchDue();
        MimeMessage message = smtp.sent.stream()
                .filter(sent -> subjectOf(sent).equals(subject))
                .findFirst()
                .orElseThrow();
        assertThat(message.getAllRecipients()).containsExactly(new InternetAddress("apprentie@cfa.test"));
        assertThat(message.getFrom()).containsExactly(new InternetAddress("Trio <ne-pas-repondre@cfa.test>"));
        assertThat(message.getContent()).isEqualTo("Bonjour Zoé,\nvotre livret est à compléter.");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("last_error")).isNull();
    }

    @Test
    void retriesAFailedMessageLaterThenGivesUpWithTheError() {
        long id = queue("Relance " + UUID.randomUUID());
        MailDispatcher dispatcher = dispatcher(new FakeMailSender().failing());
        dispatcher.dispatchDue();
        assertThat(row(id))
                .containsEntry("status", "PENDING")
                .containsEntry("attempts", 1)
                .containsEntry("last_error", "MailSendException : Connexion refusée par smtp.test:25");
        dispatcher.dispatchDue();
        assertThat(row(id)).as("not retried before its time").containsEntry("attempts", 1);
        for (int attempt = 2; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatchDue();
            assertThat(row(id)).containsEntry("attempts", attempt);
        }
        assertThat(row(id)).containsEntry("status", "FAILED");
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertThat(row(id)).as("given up").containsEntry("attempts", MailDispatcher.MAX_ATTEMPTS);
    }

    @Test
    void sendsNothingInDemonstrationMode() {
        long id = queue("Démonstration " + UUID.randomUUID());
        MailDispatcher demo = new MailDispatcher(
                new OutboxQueue(jdbc),
                Optional.of(new FakeMailSender()),
                new MailSettings("", "x@y.fr"),
                transactions,
                clock);
        assertThat(demo.dispatchDue()).isZero();
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
    }

    @Test
    void waitsLongerAfterEachFailure() {
        assertThat(MailDispatcher.retryDelay(1)).contains(Duration.ofMinutes(1));
        assertThat(MailDispatcher.retryDelay(2)).contains(Duration.ofMinutes(5));
        assertThat(MailDispatcher.retryDelay(4)).contains(Duration.ofMinutes(60));
        assertThat(MailDispatcher.retryDelay(MailDispatcher.MAX_ATTEMPTS)).isEmpty();
    }

    /** A message queued as when an SMTP server is configured. */
    private long queue(String subject) {
        return new OutboxMailer(jdbc, SMTP, clock)
                .send("apprentie@cfa.test", subject, "Bonjour Zoé,\nvotre livret est à compléter.");
    }

    private MailDispatcher dispatcher(FakeMailSender smtp) {
        return new MailDispatcher(new OutboxQueue(jdbc), Optional.of(smtp), SMTP, transactions, clock);
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select status, attempts, sent_at, last_error from platform.outbound_mail where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
