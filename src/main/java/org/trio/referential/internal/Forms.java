package org.trio.referential.internal;

import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.trio.platform.web.FormErrors;
import org.trio.shared.InvalidInputException;

/**
 * Saving a form: nothing happens while the form has errors; a rule broken in the module becomes an error on its field,
 * and nothing is saved (the facade's transaction rolls back).
 */
final class Forms {

    private Forms() {}

    /** Runs the registration when the form is valid; its id, or empty when the form shows errors. */
    static Optional<Long> created(BindingResult result, Supplier<Long> registration) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(registration.get());
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        } catch (ConstraintViolationException e) {
            FormErrors.reject(result, e);
        }
        return Optional.empty();
    }

    /** Runs the change when the form is valid; whether it was saved. */
    static boolean saved(BindingResult result, Runnable change) {
        return created(result, () -> {
                    change.run();
                    return 0L;
                })
                .isPresent();
    }
}
