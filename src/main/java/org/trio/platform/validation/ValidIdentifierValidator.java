package org.trio.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidIdentifier}; the message comes from {@link IdentifierMessages} so that it names the field. */
class ValidIdentifierValidator implements ConstraintValidator<ValidIdentifier, String> {

    private final IdentifierMessages messages;
    private ValidIdentifier annotation;

    ValidIdentifierValidator(IdentifierMessages messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(ValidIdentifier annotation) {
        this.annotation = annotation;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Optional<String> error = messages.check(annotation.value(), annotation.label(), value);
        if (error.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(error.get())).addConstraintViolation();
        return false;
    }

    /** The message is final text: braces and dollars must not be read as Bean Validation expressions. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
