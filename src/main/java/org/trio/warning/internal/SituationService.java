package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffInfo;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.warning.SituationClosed;
import org.trio.warning.SituationOutcome;

/**
 * The handling of situations: triage, decided actions, written reports sent to the parties, closure. Each change is
 * one transaction: nothing is half-saved, and a report's e-mails leave only if the report is saved.
 */
@Service
@Transactional
class SituationService {

    static final int MAX_TEXT = 4000;
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int MAX_REPORT = 8000;

    /** Who receives a report. */
    enum ReportRecipient {
        TEAM,
        MENTOR,
        FAMILY,
        APPRENTICE
    }

    private final Situations situations;
    private final Signals signals;
    private final FollowUp followUp;
    private final Team team;
    private final Notifier notifier;
    private final ReferentialManagement referential;
    private final WarningTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SituationService(
            Situations situations,
            Signals signals,
            FollowUp followUp,
            Team team,
            Notifier notifier,
            ReferentialManagement referential,
            WarningTexts texts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.situations = situations;
        this.signals = signals;
        this.followUp = followUp;
        this.team = team;
        this.notifier = notifier;
        this.referential = referential;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    Situation situation(long id) {
        return situations
                .findById(id)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
    }

    /** The situation with its actions, for the pages. */
    @Transactional(readOnly = true)
    SituationView view(long id) {
        return SituationView.of(situation(id));
    }

    void triage(
            long situationId,
            long version,
            Situation.Priority priority,
            @Nullable String assessment,
            @Nullable String socialAssessment,
            Actor actor) {
        Situation situation = current(situationId, version);
        List<Problem> problems = new ArrayList<>();
        if (priority == null) {
            problems.add(Problem.of("priority", "warning.triage.priority.required"));
        }
        if (assessment == null || assessment.isBlank()) {
            problems.add(Problem.of("assessment", "warning.triage.assessment.required"));
        } else if (assessment.length() > MAX_TEXT) {
            problems.add(Problem.of("assessment", "warning.text.long", MAX_TEXT));
        }
        if (socialAssessment != null && socialAssessment.length() > MAX_TEXT) {
            problems.add(Problem.of("socialAssessment", "warning.text.long", MAX_TEXT));
        }
        failOn(problems);
        situation.triage(
                priority,
                assessment.strip(),
                actor.socialWriter(),
                blankToNull(socialAssessment),
                actor.name(),
                clock.instant());
        acknowledgeSignals(situationId);
    }

    /** Marks the situation's signals as read by the triage team. */
    void acknowledgeSignals(long situationId) {
        signals.findBySituationIdOrderByRaisedAtDesc(situationId).forEach(Signal::acknowledge);
    }

    SituationAction decide(
            long situationId,
            SituationAction.Kind kind,
            @Nullable String description,
            boolean confidential,
            @Nullable Long ownerStaffId,
            @Nullable LocalDate dueDate,
            Actor actor) {
        Situation situation = situation(situationId);
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.of("kind", "warning.action.kind.required"));
        }
        if (description == null || description.isBlank()) {
            problems.add(Problem.of("description", "warning.action.description.required"));
        } else if (description.length() > 2000) {
            problems.add(Problem.of("description", "warning.text.long", 2000));
        }
        StaffInfo owner = ownerStaffId == null
                ? null
                : referential.staffMember(ownerStaffId).orElse(null);
        if (owner == null || owner.cfaId() == null || owner.cfaId() != situation.cfaId) {
            problems.add(Problem.of("ownerStaffId", "warning.action.owner.required"));
        }
        if (dueDate == null) {
            problems.add(Problem.of("dueDate", "warning.action.dueDate.required"));
        } else if (dueDate.isBefore(LocalDate.now(clock))) {
            problems.add(Problem.of("dueDate", "warning.action.dueDate.past"));
        }
        boolean secret = confidential || (kind != null && kind.alwaysConfidential());
        if (secret && !actor.socialWriter()) {
            problems.add(Problem.of("confidential", "warning.action.confidential.forbidden"));
        }
        failOn(problems);
        SituationAction action = situation.decide(new SituationAction(
                kind, description.strip(), confidential, ownerStaffId, dueDate, actor.name(), clock.instant()));
        situations.flush();
        if (!Long.valueOf(owner.id()).equals(actor.staffId())) {
            String name = apprenticeName(situation.apprenticeId);
            String title = texts.get("warning.notify.action.title", texts.get(kind.messageKey()), name);
            String body = action.confidential
                    ? texts.get("warning.notify.action.body.confidential", name, dueDate.format(DAY))
                    : texts.get("warning.notify.action.body", name, action.description, dueDate.format(DAY));
            notifier.notifyStaff(
                    List.of(owner.id()), situation.apprenticeId, title, body, "/warning/situations/" + situationId);
        }
        return action;
    }

    /** Records the report of an action and sends it to the chosen parties. */
    void report(
            long situationId,
            long actionId,
            long version,
            @Nullable String report,
            SituationAction.Result result,
            @Nullable LocalDate doneOn,
            Set<ReportRecipient> recipients,
            Actor actor) {
        Situation situation = situation(situationId);
        SituationAction action = situation.action(actionId);
        if (action.version != version) {
            throw new ObjectOptimisticLockingFailureException(SituationAction.class, actionId);
        }
        List<Problem> problems = new ArrayList<>();
        if (report == null || report.isBlank()) {
            problems.add(Problem.of("report", "warning.report.text.required"));
        } else if (report.length() > MAX_REPORT) {
            problems.add(Problem.of("report", "warning.text.long", MAX_REPORT));
        }
        if (result == null) {
            problems.add(Problem.of("result", "warning.report.result.required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (doneOn == null) {
            problems.add(Problem.of("doneOn", "warning.report.doneOn.required"));
        } else if (doneOn.isAfter(today)) {
            problems.add(Problem.of("doneOn", "warning.report.doneOn.future"));
        }
        Set<ReportRecipient> to = recipients == null || recipients.isEmpty()
                ? EnumSet.noneOf(ReportRecipient.class)
                : EnumSet.copyOf(recipients);
        if (to.isEmpty()) {
            problems.add(Problem.of("recipients", "warning.report.recipients.required"));
        }
        if (action.confidential && (to.contains(ReportRecipient.MENTOR) || to.contains(ReportRecipient.APPRENTICE))) {
            problems.add(Problem.of("recipients", "warning.report.recipients.confidential"));
        }
        if (action.confidential && !actor.socialWriter()) {
            problems.add(Problem.of(null, "warning.report.confidential.forbidden"));
        }
        failOn(problems);
        String sentTo = send(situation, action, report.strip(), result, doneOn, to, actor);
        action.reportDone(report.strip(), result, doneOn, actor.name(), sentTo);
    }

    void close(long situationId, long version, SituationOutcome outcome, @Nullable String note, Actor actor) {
        Situation situation = current(situationId, version);
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(Problem.of("outcome", "warning.close.outcome.required"));
        }
        if (note == null || note.isBlank()) {
            problems.add(Problem.of("note", "warning.close.note.required"));
        } else if (note.length() > MAX_TEXT) {
            problems.add(Problem.of("note", "warning.text.long", MAX_TEXT));
        }
        failOn(problems);
        LocalDate today = LocalDate.now(clock);
        situation.close(outcome, note.strip(), today, actor.name());
        acknowledgeSignals(situationId);
        events.publishEvent(new SituationClosed(situation.id, situation.apprenticeId, situation.cfaId, outcome, today));
        followUp.enrolmentOn(situation.apprenticeId, today).ifPresent(enrolment -> {
            Set<Long> staff = new LinkedHashSet<>();
            SignalRouting.route(org.trio.warning.SignalCategory.OTHER, team.of(enrolment), actor.staffId())
                    .forEach(recipient -> staff.add(recipient.staffId()));
            String name = apprenticeName(situation.apprenticeId);
            notifier.notifyStaff(
                    staff,
                    situation.apprenticeId,
                    texts.get("warning.notify.closed.title", name),
                    texts.get("warning.notify.closed.body", name, texts.get(outcome.messageKey()), actor.name()),
                    "/warning/situations/" + situationId);
        });
    }

    private String send(
            Situation situation,
            SituationAction action,
            String report,
            SituationAction.Result result,
            LocalDate doneOn,
            Set<ReportRecipient> to,
            Actor actor) {
        String name = apprenticeName(situation.apprenticeId);
        String kind = texts.get(action.kind.messageKey());
        String subject = texts.get("warning.report.mail.subject", kind, name);
        String text = texts.get(
                "warning.report.mail.body",
                name,
                kind,
                action.description,
                doneOn.format(DAY),
                texts.get(result.messageKey()),
                report,
                actor.name());
        List<String> sentTo = new ArrayList<>();
        if (to.contains(ReportRecipient.TEAM)) {
            Set<Long> staff = new LinkedHashSet<>();
            followUp.enrolmentOn(situation.apprenticeId, doneOn)
                    .ifPresent(enrolment -> SignalRouting.route(
                                    action.confidential
                                            ? org.trio.warning.SignalCategory.SOCIAL
                                            : org.trio.warning.SignalCategory.OTHER,
                                    team.of(enrolment),
                                    actor.staffId())
                            .forEach(recipient -> staff.add(recipient.staffId())));
            staff.add(action.ownerStaffId);
            if (actor.staffId() != null) {
                staff.remove(actor.staffId());
            }
            String teamText = action.confidential ? texts.get("warning.report.mail.confidential", name) : text;
            notifier.notifyStaff(
                    staff, situation.apprenticeId, subject, teamText, "/warning/situations/" + situation.id);
            sentTo.add(texts.get("warning.report.sent.team", staff.size()));
        }
        if (to.contains(ReportRecipient.MENTOR)) {
            followUp.contractOn(situation.apprenticeId, doneOn)
                    .map(FollowUp.Contract::mentorId)
                    .flatMap(referential::mentor)
                    .map(MentorInfo::email)
                    .filter(email -> email != null && !email.isBlank())
                    .ifPresent(email -> {
                        notifier.mail(email, subject, text, null, situation.cfaId);
                        sentTo.add(texts.get("warning.report.sent.mentor"));
                    });
        }
        if (to.contains(ReportRecipient.FAMILY)) {
            int count = 0;
            for (LegalRepresentativeInfo representative : referential.legalRepresentatives(situation.apprenticeId)) {
                if (representative.email() != null && !representative.email().isBlank()) {
                    notifier.mail(representative.email(), subject, text, null, situation.cfaId);
                    count++;
                }
            }
            if (count > 0) {
                sentTo.add(texts.get("warning.report.sent.family", count));
            }
        }
        if (to.contains(ReportRecipient.APPRENTICE)) {
            referential
                    .apprentice(situation.apprenticeId)
                    .map(ApprenticeInfo::email)
                    .filter(email -> email != null && !email.isBlank())
                    .ifPresent(email -> {
                        notifier.mail(email, subject, text, null, situation.cfaId);
                        sentTo.add(texts.get("warning.report.sent.apprentice"));
                    });
        }
        return sentTo.isEmpty() ? texts.get("warning.report.sent.nobody") : String.join(", ", sentTo);
    }

    private Situation current(long situationId, long version) {
        Situation situation = situation(situationId);
        if (situation.version != version) {
            throw new ObjectOptimisticLockingFailureException(Situation.class, situationId);
        }
        return situation;
    }

    String apprenticeName(long apprenticeId) {
        return referential
                .apprentice(apprenticeId)
                .map(ApprenticeInfo::fullName)
                .orElse("#" + apprenticeId);
    }

    private static void failOn(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
