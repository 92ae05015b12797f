package org.trio.platform.i18n;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocaleContextMessageInterpolator;

/**
 * Bean Validation messages taken from the modules' bundles ({@code message = "{employer.type.invalid}"}) keep their
 * apostrophes. Such a message is read once through {@link java.text.MessageFormat} when the constraint resolves it, and
 * once more when the form shows it with the field's label as {0}; the first reading turns {@code ''} into {@code '},
 * which the second would then take for a quote and drop ("le type demployeur"). The resolved message is given its
 * doubled apostrophes back whenever it still waits for the label.
 */
@Configuration(proxyBeanMethods = false)
class ValidationMessagesConfiguration {

    private static final Pattern LABEL_PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Bean
    ValidationConfigurationCustomizer apostrophesKeptInValidationMessages(MessageSource messageSource) {
        MessageInterpolator resolving = new MessageInterpolatorFactory(messageSource).getObject();
        return configuration ->
                configuration.messageInterpolator(new LocaleContextMessageInterpolator(new ApostrophesKept(resolving)));
    }

    /** Doubles the apostrophes of a resolved message that will go through {@link java.text.MessageFormat} again. */
    record ApostrophesKept(MessageInterpolator delegate) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return keep(delegate.interpolate(template, context));
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return keep(delegate.interpolate(template, context, locale));
        }

        static String keep(String message) {
            return LABEL_PLACEHOLDER.matcher(message).find() ? message.replace("'", "''") : message;
        }
    }
}
