package org.trio.platform.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How mail leaves Trio: the SMTP host ({@code spring.mail.host}, set from {@code TRIO_SMTP_HOST}; empty means
 * demonstration mode, nothing is sent) and the sender address ({@code trio.mail.from}).
 */
@Component
class MailSettings {

    private final String host;
    private final String from;

    MailSettings(
            @Value("${spring.mail.host:}") String host,
            @Value("${trio.mail.from:Trio <ne-pas-repondre@trio.local>}") String from) {
        this.host = host;
        this.from = from;
    }

    /** Whether no SMTP server is configured, so that messages are kept and never sent. */
    boolean demo() {
        return !StringUtils.hasText(host);
    }

    String from() {
        return from;
    }
}
