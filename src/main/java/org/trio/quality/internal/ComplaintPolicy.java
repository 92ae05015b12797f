package org.trio.quality.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CFA's commitments on complaints, as dated rows of {@code quality.complaint_policy}: days to acknowledge and to
 * answer. The rule in force on the day of receipt applies.
 */
@Component
class ComplaintPolicy {

    record Terms(int acknowledgementDays, int answerDays) {

        boolean acknowledgementLate(
                LocalDate received, @org.jspecify.annotations.Nullable LocalDate acknowledged, LocalDate today) {
            LocalDate limit = received.plusDays(acknowledgementDays);
            return acknowledged == null ? today.isAfter(limit) : acknowledged.isAfter(limit);
        }

        boolean answerLate(LocalDate received, @org.jspecify.annotations.Nullable LocalDate answered, LocalDate today) {
            LocalDate limit = received.plusDays(answerDays);
            return answered == null ? today.isAfter(limit) : answered.isAfter(limit);
        }
    }

    private final JdbcClient jdbc;

    ComplaintPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Terms on(LocalDate received) {
        return jdbc.sql("select acknowledgement_days, answer_days from quality.complaint_policy where valid_from <= ?"
                        + " order by valid_from desc limit 1")
                .param(received)
                .query(Terms.class)
                .optional()
                .orElse(new Terms(7, 30));
    }
}
