package org.trio.warning.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.warning.SignalCategory;
import org.trio.warning.WarningManagement;

/**
 * When a contract is broken while the apprentice has an open situation, the people following it are told, so that
 * they close it with its outcome (a rupture is an outcome, not a signal: nothing is closed automatically).
 */
@Component
class RuptureNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WarningManagement warning;
    private final FollowUp followUp;
    private final Team team;
    private final Notifier notifier;
    private final Names names;
    private final WarningTexts texts;

    RuptureNotice(
            WarningManagement warning,
            FollowUp followUp,
            Team team,
            Notifier notifier,
            Names names,
            WarningTexts texts) {
        this.warning = warning;
        this.followUp = followUp;
        this.team = team;
        this.notifier = notifier;
        this.names = names;
        this.texts = texts;
    }

    void ruptureOf(long apprenticeId, LocalDate ruptureDate) {
        warning.openSituationOf(apprenticeId)
                .ifPresent(situation -> followUp.enrolmentOn(apprenticeId, ruptureDate)
                        .ifPresent(enrolment -> {
                            Set<Long> staff = new LinkedHashSet<>();
                            SignalRouting.route(SignalCategory.OTHER, team.of(enrolment), null).stream()
                                    .filter(recipient -> recipient.purpose() == SignalRouting.Purpose.ASSESS)
                                    .forEach(recipient -> staff.add(recipient.staffId()));
                            team.of(enrolment).directors().forEach(staff::add);
                            String name = names.apprentices(java.util.List.of(apprenticeId), id -> id)
                                    .get(apprenticeId);
                            notifier.notifyStaff(
                                    staff,
                                    apprenticeId,
                                    texts.get("warning.notify.rupture.title", name),
                                    texts.get("warning.notify.rupture.body", name, ruptureDate.format(DAY)),
                                    "/warning/situations/" + situation.id());
                        }));
    }
}
