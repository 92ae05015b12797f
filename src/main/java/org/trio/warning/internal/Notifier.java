package org.trio.warning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.mail.Mailer;

/**
 * Tells staff members something in Trio (a notification on their page) and by e-mail (through the platform's outbox,
 * in the caller's transaction). E-mails carry no restricted detail: they say what happened and link to the page.
 */
@Component
class Notifier {

    private static final Log log = LogFactory.getLog(Notifier.class);

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Team team;
    private final Clock clock;
    private final String publicUrl;

    Notifier(
            JdbcClient jdbc,
            Mailer mailer,
            Team team,
            Clock clock,
            @Value("${trio.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.team = team;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Notifies each staff member once, in Trio and by e-mail when they have an address. */
    void notifyStaff(Collection<Long> staffIds, @Nullable Long apprenticeId, String title, String body, String link) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Long staffId : staffIds.stream().distinct().toList()) {
            jdbc.sql("insert into warning.notification (recipient_staff_id, apprentice_id, title, body, link,"
                            + " created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(staffId, apprenticeId, title, body, link, now)
                    .update();
            team.member(staffId).ifPresent(member -> mail(member.email(), title, body, link, member.cfaId()));
        }
    }

    /** An e-mail to someone outside the staff (maître, family, apprentice). */
    void mail(@Nullable String email, String subject, String body, @Nullable String link, @Nullable Long cfaId) {
        if (email == null || email.isBlank()) {
            return;
        }
        String text = link == null ? body : body + "\n\n" + publicUrl + link;
        try {
            mailer.send(email, subject, text, cfaId);
        } catch (IllegalArgumentException e) {
            log.warn("Courriel non envoyé à " + email + " : " + e.getMessage());
        }
    }
}
