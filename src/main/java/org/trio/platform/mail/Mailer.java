package org.trio.platform.mail;

import org.jspecify.annotations.Nullable;

/**
 * Sends e-mails and notifications. A message is stored in the outbox within the caller's transaction (a message
 * caused by a change that is rolled back is never sent) and delivered shortly after commit by a background job, with
 * retries; without an SMTP server it is kept as "non envoyé (mode démonstration)".
 *
 * <pre>{@code mailer.send("tuteur@cfa.fr", "Visite en entreprise à planifier", text, cfaId);}</pre>
 */
public interface Mailer {

    /**
     * Queues a plain-text message.
     *
     * @param to the recipient's e-mail address
     * @param subject the subject, on one line, at most 300 characters
     * @param textBody the text of the message
     * @param cfaId the CFA the message is about: its direction reads it in the outbox
     * @return the message's id in the outbox
     * @throws IllegalArgumentException with a French message when the address, subject or text is not usable
     */
    long send(String to, String subject, String textBody, @Nullable Long cfaId);

    /**
     * Queues a message about no CFA in particular (an account, the network): only the network's administrators read
     * it in the outbox.
     */
    default long send(String to, String subject, String textBody) {
        return send(to, subject, textBody, null);
    }
}
