package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.shared.InvalidInputException;

/**
 * The six months after a rupture: support actions, the outcome, the former employer's follow-up, and the daily rule
 * that writes reminders one month and one week before the six months end, and when they ended without an outcome.
 */
@Service
@Transactional
class ContinuationService {

    private final Continuations continuations;
    private final SupportActions actions;
    private final StatusRecorder statuses;
    private final Enrolments enrolments;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContinuationService(
            Continuations continuations,
            SupportActions actions,
            StatusRecorder statuses,
            Enrolments enrolments,
            JdbcClient jdbc,
            Clock clock) {
        this.continuations = continuations;
        this.actions = actions;
        this.statuses = statuses;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long addAction(long continuationId, SupportActionForm form) {
        Continuation continuation = find(continuationId);
        if (form.actionDate().isBefore(continuation.startDate)) {
            throw InvalidInputException.of("actionDate", "continuation.action.before");
        }
        SupportAction action = new SupportAction(
                continuation,
                form.actionDate(),
                form.kind(),
                ContractService.blankToNull(form.note()),
                ContractService.blankToNull(form.result()),
                clock.instant());
        return actions.save(action).id;
    }

    /** Records the outcome; an abandon also closes the training (exclusion from that day). */
    void conclude(long continuationId, OutcomeForm form) {
        Continuation continuation = find(continuationId);
        if (form.outcome() == Continuation.Outcome.NEW_CONTRACT) {
            throw InvalidInputException.of("outcome", "continuation.outcome.by-contract");
        }
        continuation.conclude(form.outcome(), form.outcomeDate(), null);
        if (form.outcome() == Continuation.Outcome.DROPOUT) {
            Enrolment enrolment = enrolments.findById(continuation.enrolmentId).orElseThrow();
            if (enrolment.exclusionDate == null) {
                enrolment.exclude(form.outcomeDate(), "Abandon après rupture");
                enrolments.flush();
            }
            statuses.recomputeApprentice(continuation.apprenticeId);
        }
    }

    void followEmployer(long continuationId, EmployerFollowUpForm form) {
        find(continuationId)
                .followEmployer(
                        ContractService.blankToNull(form.improvements()), form.hostsAgain(), LocalDate.now(clock));
    }

    /** The daily rule: runs each day (Spring Modulith moments), from the clock's date. */
    @EventListener
    void onDayPassed(DayHasPassed event) {
        writeReminders(event.getDate().plusDays(1));
    }

    /**
     * Writes the reminders due on a day: one month and one week before the end of the six months, and once they have
     * ended without an outcome. Each reminder is written once.
     *
     * @return the number of reminders written
     */
    int writeReminders(LocalDate today) {
        int written = 0;
        written += remind("ONE_MONTH", "end_date <= :today + interval '1 month' and end_date > :today", today);
        written += remind("ONE_WEEK", "end_date <= :today + 7 and end_date > :today", today);
        written += remind("ENDED", "end_date <= :today", today);
        return written;
    }

    private int remind(String kind, String condition, LocalDate today) {
        return jdbc.sql("""
                        insert into contract.continuation_reminder (continuation_id, kind, due_date, created_on)
                        select id, :kind, end_date, :today from contract.continuation
                         where outcome is null and %s
                        on conflict (continuation_id, kind) do nothing""".formatted(condition))
                .param("kind", kind)
                .param("today", today)
                .update();
    }

    private Continuation find(long continuationId) {
        return continuations
                .findById(continuationId)
                .orElseThrow(() -> InvalidInputException.of(null, "record.unknown"));
    }
}
