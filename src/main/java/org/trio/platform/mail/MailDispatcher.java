package org.trio.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages of the outbox through SMTP, a batch at a time, every half minute by default
 * ({@code trio.mail.dispatch-interval-ms}). A failed attempt is retried after 1, 5, 15 then 60 minutes; after
 * {@value #MAX_ATTEMPTS} attempts the message is marked as failed with the last error. Does nothing in demonstration
 * mode (no SMTP host). Delivery is at least once: a crash between sending and recording could send a message twice.
 */
@Component
class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final List<Duration> RETRY_DELAYS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
    private static final int BATCH = 50;
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final Log log = LogFactory.getLog(MailDispatcher.class);

    private final OutboxQueue queue;
    private final Optional<JavaMailSender> sender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDispatcher(
            OutboxQueue queue,
            Optional<JavaMailSender> sender,
            MailSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends the messages due, if an SMTP server is configured; returns how many were attempted. */
    @Scheduled(
            fixedDelayString = "${trio.mail.dispatch-interval-ms:30000}",
            initialDelayString = "${trio.mail.dispatch-initial-delay-ms:30000}")
    int dispatchDue() {
        if (settings.demo() || sender.isEmpty()) {
            return 0;
        }
        Integer attempted = transaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<OutboxQueue.PendingMail> due = queue.claimDue(now, BATCH);
            due.forEach(mail -> deliver(sender.get(), mail, now));
            return due.size();
        });
        return attempted == null ? 0 : attempted;
    }

    private void deliver(JavaMailSender smtp, OutboxQueue.PendingMail mail, OffsetDateTime now) {
        try {
            smtp.send(message(smtp, mail));
            queue.markSent(mail, now);
        } catch (MessagingException | RuntimeException e) {
            OffsetDateTime retryAt =
                    retryDelay(mail.attempts() + 1).map(now::plus).orElse(null);
            log.warn("Échec d'envoi du courriel " + mail.id() + " (tentative " + (mail.attempts() + 1) + ") : "
                    + e.getMessage());
            queue.markFailed(mail, describe(e), now, retryAt);
        }
    }

    private MimeMessage message(JavaMailSender smtp, OutboxQueue.PendingMail mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** How long to wait after the given number of failed attempts; empty when it is time to give up. */
    static Optional<Duration> retryDelay(int failedAttempts) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(RETRY_DELAYS.get(Math.min(failedAttempts, RETRY_DELAYS.size()) - 1));
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " : " + e.getMessage());
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "…" : text;
    }
}
