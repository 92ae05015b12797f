package org.trio.attendance.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.platform.mail.Mailer;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ReferentialManagement;

/**
 * Tells the maître(s) d'apprentissage of the contract in force, and the legal representatives when the apprentice is a
 * minor that day, that the apprentice was absent from a session at the CFA. The e-mail says when, never why (the reason
 * is for the people allowed to see it). Each recipient is told once per roll-call line; the messages leave through the
 * outbox only if the roll call is saved.
 */
@Component
class AbsenceNotifier {

    private static final Log log = LogFactory.getLog(AbsenceNotifier.class);

    private record Recipient(String kind, String email, String name) {}

    private final ContractManagement contracts;
    private final ReferentialManagement referential;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    AbsenceNotifier(
            ContractManagement contracts,
            ReferentialManagement referential,
            Mailer mailer,
            JdbcClient jdbc,
            MessageSource messages,
            Clock clock) {
        this.contracts = contracts;
        this.referential = referential;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    void notifyAbsence(AttendanceRecord record, TimetableSession session) {
        Optional<ApprenticeInfo> apprentice = referential.apprentice(record.apprenticeId);
        if (apprentice.isEmpty()) {
            return;
        }
        Set<String> alreadyTold =
                new HashSet<>(jdbc.sql("select recipient from attendance.absence_notice" + " where record_id = :record")
                        .param("record", record.id)
                        .query(String.class)
                        .list());
        String cfa = referential.cfa(session.cfaId).map(CfaInfo::name).orElse("");
        for (Recipient recipient : recipients(apprentice.get(), session)) {
            if (!alreadyTold.add(recipient.email().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String subject = text(
                    "attendance.mail.subject", apprentice.get().fullName(), TimetableService.DAY.format(session.day));
            String body = text(
                    "attendance.mail.body",
                    recipient.name(),
                    apprentice.get().fullName(),
                    cfa,
                    TimetableService.DAY.format(session.day),
                    session.start.toString(),
                    session.end.toString(),
                    session.subject);
            try {
                long mail = mailer.send(recipient.email(), subject, body, session.cfaId);
                jdbc.sql("insert into attendance.absence_notice (record_id, recipient_kind, recipient, mail_id,"
                                + " sent_at) values (:record, :kind, :recipient, :mail, :at)")
                        .param("record", record.id)
                        .param("kind", recipient.kind())
                        .param("recipient", recipient.email().toLowerCase(Locale.ROOT))
                        .param("mail", mail)
                        .param("at", OffsetDateTime.now(clock))
                        .update();
            } catch (IllegalArgumentException unusableAddress) {
                log.warn("Absence non signalée à une adresse inutilisable : " + unusableAddress.getMessage());
            }
        }
    }

    private List<Recipient> recipients(ApprenticeInfo apprentice, TimetableSession session) {
        List<Recipient> recipients = new ArrayList<>();
        Optional<ContractInfo> contract = contracts.contractInForce(apprentice.id(), session.day);
        contract.ifPresent(c -> referential
                .mentors(java.util.stream.Stream.of(c.mentor1Id(), c.mentor2Id())
                        .filter(Objects::nonNull)
                        .toList())
                .values()
                .stream()
                .filter(mentor -> hasAddress(mentor.email()))
                .forEach(mentor -> recipients.add(new Recipient("MENTOR", mentor.email(), name(mentor)))));
        if (apprentice.isMinorOn(session.day)) {
            referential.legalRepresentatives(apprentice.id()).stream()
                    .filter(representative -> hasAddress(representative.email()))
                    .forEach(representative -> recipients.add(
                            new Recipient("LEGAL_REPRESENTATIVE", representative.email(), name(representative))));
        }
        return recipients;
    }

    private static String name(MentorInfo mentor) {
        return mentor.fullName();
    }

    private static String name(LegalRepresentativeInfo representative) {
        return representative.fullName();
    }

    private static boolean hasAddress(String email) {
        return email != null && !email.isBlank();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
