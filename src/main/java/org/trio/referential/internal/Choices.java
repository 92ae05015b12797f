package org.trio.referential.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trio.platform.web.Choice;
import org.trio.referential.CodeList;

/** The French options of the referential's select lists: code lists ("09 – CFA associatif") and enums. */
@Component
class Choices {

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    List<Choice> of(CodeList list) {
        return list.codes().stream()
                .map(code -> new Choice(code, code + " – " + message(list.labelKey(code))))
                .toList();
    }

    /** One option per constant, labelled by the message {@code <prefix>.<CONSTANT>}. */
    List<Choice> of(Enum<?>[] values, String prefix) {
        return Arrays.stream(values)
                .map(value -> new Choice(value.name(), message(prefix + "." + value.name())))
                .toList();
    }

    String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }
}
