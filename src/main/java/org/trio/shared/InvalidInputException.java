package org.trio.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a module when a command breaks a business rule. Nothing has been saved. Forms turn the problems into field
 * errors; the API turns them into problem details.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::code).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public static InvalidInputException of(String field, String code, Object... arguments) {
        return new InvalidInputException(Problem.of(field, code, arguments));
    }

    public List<Problem> problems() {
        return problems;
    }
}
