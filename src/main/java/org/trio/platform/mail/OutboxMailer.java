package org.trio.platform.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Mailer}: checks the message and writes it to the outbox, in the caller's transaction. */
@Service
class OutboxMailer implements Mailer {

    static final int MAX_SUBJECT = 300;
    private static final int MAX_ADDRESS = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final Clock clock;

    OutboxMailer(JdbcClient jdbc, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long send(String to, String subject, String textBody, @Nullable Long cfaId) {
        String recipient = to == null ? "" : to.strip();
        if (recipient.length() > MAX_ADDRESS || !ADDRESS.matcher(recipient).matches()) {
            throw new IllegalArgumentException("Adresse e-mail du destinataire invalide : « " + recipient + " »");
        }
        String oneLineSubject =
                subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        if (oneLineSubject.isEmpty()) {
            throw new IllegalArgumentException("L'objet du courriel est obligatoire");
        }
        if (oneLineSubject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("L'objet du courriel dépasse " + MAX_SUBJECT + " caractères");
        }
        if (textBody == null || textBody.isBlank()) {
            throw new IllegalArgumentException("Le texte du courriel est vide");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        MailStatus status = settings.demo() ? MailStatus.DEMO : MailStatus.PENDING;
        return jdbc.sql("""
                        insert into platform.outbound_mail (created_at, recipient, subject, body, status, next_attempt_at, cfa_id)
                        values (:now, :recipient, :subject, :body, :status, :next, :cfa)
                        returning id
                        """)
                .param("now", now)
                .param("recipient", recipient)
                .param("subject", oneLineSubject)
                .param("body", textBody)
                .param("status", status.name())
                .param("next", status == MailStatus.PENDING ? now : null)
                .param("cfa", cfaId)
                .query(Long.class)
                .single();
    }
}
