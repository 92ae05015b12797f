/**
 * E-mails and notifications: {@link org.trio.platform.mail.Mailer} stores each message in an outbox table in the
 * caller's transaction; a scheduled job sends them through SMTP when a server is configured
 * ({@code TRIO_SMTP_HOST}), with retries. Without a server (demonstration), messages are kept, never sent, and the
 * direction reads them on the page "Courriels envoyés" ({@code /admin/mails}).
 */
@org.springframework.modulith.NamedInterface("mail")
package org.trio.platform.mail;
