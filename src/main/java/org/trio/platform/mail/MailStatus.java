package org.trio.platform.mail;

/** Where a message of the outbox stands; each has a message key {@code mail.status.<name>}. */
enum MailStatus {
    /** Waiting to be sent (again, after a failed attempt). */
    PENDING,
    SENT,
    /** Given up after the last attempt. */
    FAILED,
    /** Stored while no SMTP server was configured: never sent. */
    DEMO;

    String messageKey() {
        return "mail.status." + name();
    }
}
