package org.trio.platform.validation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trio.shared.IdentifierKind;

/**
 * Turns an identifier check into a French sentence naming the field and the value, e.g. "UAI du CFA : « 0751234A »
 * n'est pas un code UAI valide : la lettre de contrôle attendue est J." Used by forms and by file imports alike.
 */
@Component
public class IdentifierMessages {

    private final MessageSource messages;

    public IdentifierMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The error for the raw value, or empty when it is valid (or blank). */
    public Optional<String> check(IdentifierKind kind, String label, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return kind.check(raw).map(code -> describe(code, label, raw));
    }

    public String describe(String code, String label, String raw) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = messages.getMessage(label, null, label, locale);
        String normalized = raw.strip();
        Object hint = code.equals("identifier.uai.checksum") && normalized.length() >= 7
                ? org.trio.shared.Identifiers.uaiCheckLetter(normalized.substring(0, 7))
                : "";
        return messages.getMessage(code, new Object[] {field, normalized, hint}, code, locale);
    }
}
