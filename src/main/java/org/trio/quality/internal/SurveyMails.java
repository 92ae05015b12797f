package org.trio.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trio.platform.mail.Mailer;

/**
 * The e-mails of the surveys, through the platform's outbox: the invitation with the private link, the reminders to
 * those who have not answered, and the erasure of the addresses once a campaign has been closed for
 * {@code trio.quality.survey-retention-days} days (30 by default; see {@code docs/survey-privacy.md}).
 */
@Component
class SurveyMails {

    record Pending(long id, String email, String token) {}

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;
    private final String publicUrl;
    private final int retentionDays;

    SurveyMails(
            JdbcClient jdbc,
            Mailer mailer,
            Clock clock,
            @Value("${trio.public-url:http://localhost:8080}") String publicUrl,
            @Value("${trio.quality.survey-retention-days:30}") int retentionDays) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.retentionDays = retentionDays;
    }

    String link(String token) {
        return publicUrl + "/survey/" + token;
    }

    void invite(Campaign campaign, @Nullable String email, String token) {
        if (email == null) {
            return;
        }
        mailer.send(email, "Votre avis : " + campaign.title, text(campaign, token, false), campaign.cfaId);
    }

    /** Sends a reminder to every invited person who has not answered an open campaign; returns how many. */
    @Transactional
    int remind(Campaign campaign) {
        LocalDate today = LocalDate.now(clock);
        if (!campaign.openOn(today)) {
            return 0;
        }
        List<Pending> pending = jdbc.sql("select id, email, token from quality.invitation where campaign_id = ?"
                        + " and answered_on is null and email is not null order by id")
                .param(campaign.id)
                .query(Pending.class)
                .list();
        for (Pending invitation : pending) {
            mailer.send(
                    invitation.email(),
                    "Rappel — votre avis : " + campaign.title,
                    text(campaign, invitation.token(), true),
                    campaign.cfaId);
            jdbc.sql("update quality.invitation set reminded_at = ?, reminders = reminders + 1 where id = ?")
                    .params(OffsetDateTime.now(clock), invitation.id())
                    .update();
        }
        return pending.size();
    }

    /** Every night: erases the e-mail addresses of the campaigns closed for longer than the retention period. */
    @Scheduled(cron = "${trio.quality.survey-purge-cron:0 30 3 * * *}")
    @Transactional
    public void eraseAddresses() {
        eraseAddressesClosedBefore(LocalDate.now(clock).minusDays(retentionDays));
    }

    int eraseAddressesClosedBefore(LocalDate day) {
        return jdbc.sql("update quality.invitation set email = null where email is not null and campaign_id in"
                        + " (select id from quality.campaign where closes_on < ?)")
                .param(day)
                .update();
    }

    private String text(Campaign campaign, String token, boolean reminder) {
        return (reminder
                        ? "Bonjour,\n\nVous n'avez pas encore répondu à notre enquête « "
                        : "Bonjour,\n\nLe CFA"
                                + " recueille votre avis pour améliorer l'accompagnement des apprentis : « ")
                + campaign.title + " ».\n\nRépondez en quelques minutes, avant le "
                + campaign.closesOn.format(Dates.FRENCH) + ", depuis ce lien personnel (sans compte, utilisable une"
                + " seule fois) :\n" + link(token)
                + "\n\nVos réponses sont anonymes : elles ne sont pas reliées à votre"
                + " nom ni à votre adresse.\n\nMerci pour votre participation.";
    }
}
