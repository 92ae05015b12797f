package org.trio.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.trio.shared.IdentifierKind;

/**
 * The annotated string, when not blank, must be a valid identifier of the given kind (UAI, SIRET, CFD, RNCP, INE,
 * NAF, IDCC, postcode). Blank values pass: combine with {@code @NotBlank} when required. The message names the field:
 * {@code label} is a message key (e.g. {@code field.cfa.uai}) or the French label itself.
 */
@Documented
@Constraint(validatedBy = ValidIdentifierValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdentifier {

    IdentifierKind value();

    String label();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
