package org.trio.shared;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an input: the field (null for the whole input), a message code of the module's
 * {@code i18n/*.properties} and its arguments.
 */
public record Problem(String field, String code, List<Object> arguments) {

    public static Problem of(String field, String code, Object... arguments) {
        return new Problem(field, code, Arrays.asList(arguments));
    }
}
