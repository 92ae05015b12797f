package org.trio.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.quality.NewImprovementAction;
import org.trio.quality.internal.ComplaintForms.AnswerForm;
import org.trio.quality.internal.ComplaintForms.ComplaintActionForm;
import org.trio.quality.internal.ComplaintForms.ComplaintForm;

/** The complaint register's changes; each is one transaction. */
@Service
class ComplaintService {

    private final Complaints complaints;
    private final ImprovementActionService actions;
    private final Clock clock;

    ComplaintService(Complaints complaints, ImprovementActionService actions, Clock clock) {
        this.complaints = complaints;
        this.actions = actions;
        this.clock = clock;
    }

    Optional<Complaint> find(long id) {
        return complaints.findById(id);
    }

    @Transactional
    long register(long cfaId, ComplaintForm form) {
        Complaint complaint = new Complaint(
                cfaId,
                form.nature(),
                form.complainantKind(),
                ImprovementActionService.blankToNull(form.complainantName()),
                form.channel(),
                form.subject().strip(),
                form.description().strip(),
                form.receivedOn(),
                OffsetDateTime.now(clock));
        return complaints.save(complaint).id;
    }

    @Transactional
    void acknowledge(long id, LocalDate on) {
        complaints.findById(id).orElseThrow().acknowledge(on, today());
    }

    @Transactional
    void answer(long id, AnswerForm form) {
        complaints.findById(id).orElseThrow().answer(form.analysis(), form.answer(), form.answeredOn(), today());
    }

    @Transactional
    void close(long id, LocalDate on) {
        complaints.findById(id).orElseThrow().close(on, today());
    }

    /** Opens an improvement measure from the complaint and links them, in one transaction. */
    @Transactional
    long openAction(long id, ComplaintActionForm form) {
        Complaint complaint = complaints.findById(id).orElseThrow();
        String source = complaint.nature == Complaint.Nature.COMPLAINT ? "COMPLAINT" : "INCIDENT";
        long actionId = actions.openImprovementAction(new NewImprovementAction(
                complaint.cfaId,
                form.title(),
                complaint.subject,
                source,
                "Réclamation n° " + complaint.id + " du " + complaint.receivedOn.format(Dates.FRENCH),
                form.owner(),
                form.dueOn()));
        complaint.linkTo(actionId);
        return actionId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
