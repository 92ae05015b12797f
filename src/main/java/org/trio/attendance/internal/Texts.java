package org.trio.attendance.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trio.shared.Problem;

/** French texts of the module's messages, for flash notices, exports and PDFs. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }

    String of(Problem problem) {
        return messages.getMessage(problem.code(), problem.arguments().toArray(), Locale.FRANCE);
    }

    List<String> of(List<Problem> problems) {
        return problems.stream().map(this::of).toList();
    }
}
