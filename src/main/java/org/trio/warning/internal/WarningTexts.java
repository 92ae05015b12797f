package org.trio.warning.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's French texts (i18n/warning.properties) for e-mails, notifications and exports. */
@Component
class WarningTexts {

    private final MessageSource messages;

    WarningTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
