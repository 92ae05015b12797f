package org.trio.platform.web;

import jakarta.validation.ConstraintViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/** Puts the problems a module reported on a form's binding result, so the page shows them next to their fields. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, InvalidInputException exception) {
        for (Problem problem : exception.problems()) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() != null && result.getFieldType(problem.field()) != null) {
                result.rejectValue(problem.field(), problem.code(), arguments, problem.code());
            } else {
                result.reject(problem.code(), arguments, problem.code());
            }
        }
    }

    /**
     * Puts constraint violations reported by a module on the form; the field's label (message
     * {@code <form>.<field>}) is given as {0}, as Spring does for the form's own validation.
     */
    public static void reject(BindingResult result, ConstraintViolationException exception) {
        exception.getConstraintViolations().forEach(violation -> {
            String field = violation.getPropertyPath().toString();
            if (!field.isEmpty() && result.getFieldType(field) != null) {
                Object label = new DefaultMessageSourceResolvable(
                        new String[] {result.getObjectName() + "." + field, field}, field);
                result.rejectValue(field, "invalid", new Object[] {label}, violation.getMessage());
            } else {
                result.reject("invalid", violation.getMessage());
            }
        });
    }
}
