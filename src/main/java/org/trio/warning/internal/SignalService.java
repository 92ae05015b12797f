package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.platform.db.TransactionLocks;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalRaised;
import org.trio.warning.SituationInfo;
import org.trio.warning.WarningManagement;

/**
 * The one way signals enter Trio: checked, recorded, attached to the apprentice's open situation (or opening one),
 * routed to the people who must know, and counted in the apprentice's risk score.
 */
@Service
@Transactional
class SignalService implements WarningManagement {

    static final int MAX_SUMMARY = 300;
    static final int MAX_DETAIL = 4000;

    private final Signals signals;
    private final Situations situations;
    private final FollowUpRefresh followUp;
    private final Team team;
    private final Notifier notifier;
    private final RiskService risk;
    private final ReferentialManagement referential;
    private final WarningTexts texts;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignalService(
            Signals signals,
            Situations situations,
            FollowUpRefresh followUp,
            Team team,
            Notifier notifier,
            RiskService risk,
            ReferentialManagement referential,
            WarningTexts texts,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.signals = signals;
        this.situations = situations;
        this.followUp = followUp;
        this.team = team;
        this.notifier = notifier;
        this.risk = risk;
        this.referential = referential;
        this.texts = texts;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long raiseSignal(NewSignal signal) {
        LocalDate today = LocalDate.now(clock);
        check(signal, today);
        // Signals about one apprentice are recorded one at a time (until commit), so that two signals arriving together
        // join the same situation and a key is used once.
        TransactionLocks.lock(jdbc, signal.apprenticeId());
        if (signal.dedupKey() != null && !signal.dedupKey().isBlank()) {
            Optional<Signal> earlier = signals.findByDedupKey(signal.dedupKey().strip());
            if (earlier.isPresent()) {
                return earlier.get().id;
            }
        }
        FollowUp.Enrolment enrolment = followUp.enrolmentOn(signal.apprenticeId(), signal.observedOn())
                .orElseThrow(() -> InvalidInputException.of("apprenticeId", "warning.signal.apprentice.unknown"));
        Optional<Situation> open = situations.findOpen(signal.apprenticeId());
        Situation situation = open.orElseGet(() -> situations.save(new Situation(enrolment, today, clock.instant())));
        Signal saved = signals.save(new Signal(signal, situation, clock.instant()));
        route(saved, enrolment);
        risk.refresh(signal.apprenticeId(), today);
        events.publishEvent(new SignalRaised(
                saved.id,
                situation.id,
                saved.apprenticeId,
                saved.cfaId,
                saved.category,
                saved.origin,
                saved.observedOn,
                open.isEmpty()));
        return saved.id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SituationInfo> openSituationOf(long apprenticeId) {
        return situations.findOpen(apprenticeId).map(Situation::toInfo);
    }

    private void route(Signal signal, FollowUp.Enrolment enrolment) {
        List<SignalRouting.Recipient> recipients =
                SignalRouting.route(signal.category, team.of(enrolment), signal.raisedByStaffId);
        String name = referential
                .apprentice(signal.apprenticeId)
                .map(ApprenticeInfo::fullName)
                .orElse("#" + signal.apprenticeId);
        String link = "/warning/situations/" + signal.situationId;
        String category = texts.get(signal.category.messageKey());
        for (SignalRouting.Purpose purpose : SignalRouting.Purpose.values()) {
            List<Long> staff = recipients.stream()
                    .filter(recipient -> recipient.purpose() == purpose)
                    .map(SignalRouting.Recipient::staffId)
                    .toList();
            if (staff.isEmpty()) {
                continue;
            }
            String purposeKey = purpose.name().toLowerCase(java.util.Locale.ROOT);
            String title = signal.category.isSocial()
                    ? texts.get("warning.notify.signal.social.title", name)
                    : texts.get("warning.notify.signal.title", category, name);
            String body = signal.category.isSocial()
                    ? texts.get("warning.notify.signal.social.body." + purposeKey, name)
                    : texts.get("warning.notify.signal.body." + purposeKey, name, category, signal.summary);
            notifier.notifyStaff(staff, signal.apprenticeId, title, body, link);
        }
    }

    private static void check(NewSignal signal, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (signal.category() == null) {
            problems.add(Problem.of("category", "warning.signal.category.required"));
        }
        if (signal.origin() == null) {
            problems.add(Problem.of("origin", "warning.signal.origin.required"));
        }
        if (signal.summary() == null || signal.summary().isBlank()) {
            problems.add(Problem.of("summary", "warning.signal.summary.required"));
        } else if (signal.summary().strip().length() > MAX_SUMMARY) {
            problems.add(Problem.of("summary", "warning.signal.summary.long", MAX_SUMMARY));
        }
        if (signal.detail() != null && signal.detail().strip().length() > MAX_DETAIL) {
            problems.add(Problem.of("detail", "warning.signal.detail.long", MAX_DETAIL));
        }
        if (signal.observedOn() == null) {
            problems.add(Problem.of("observedOn", "warning.signal.observedOn.required"));
        } else if (signal.observedOn().isAfter(today)) {
            problems.add(Problem.of("observedOn", "warning.signal.observedOn.future"));
        }
        if (signal.raisedBy() == null || signal.raisedBy().isBlank()) {
            problems.add(Problem.of("raisedBy", "warning.signal.raisedBy.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
