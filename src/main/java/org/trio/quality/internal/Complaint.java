package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.trio.shared.InvalidInputException;

/**
 * A complaint, a hazard (aléa) or a difficulty met by a stakeholder (Qualiopi 31): received, acknowledged, analysed,
 * answered, closed; it may lead to an improvement measure (Qualiopi 32).
 */
@Entity
@Table(schema = "quality", name = "complaint")
class Complaint {

    enum Nature {
        COMPLAINT,
        INCIDENT,
        DIFFICULTY
    }

    enum Complainant {
        APPRENTICE,
        LEGAL_REPRESENTATIVE,
        EMPLOYER,
        MENTOR,
        FUNDER,
        STAFF,
        TRAINER,
        INSTITUTION,
        OTHER
    }

    enum Channel {
        EMAIL,
        PHONE,
        LETTER,
        IN_PERSON,
        FORM,
        OTHER
    }

    enum Status {
        RECEIVED,
        ACKNOWLEDGED,
        ANSWERED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    @Enumerated(EnumType.STRING)
    public Nature nature;

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_kind")
    public Complainant complainantKind;

    @Column(name = "complainant_name")
    public @Nullable String complainantName;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String subject;

    public String description;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "acknowledged_on")
    public @Nullable LocalDate acknowledgedOn;

    public @Nullable String analysis;

    public @Nullable String answer;

    @Column(name = "answered_on")
    public @Nullable LocalDate answeredOn;

    @Column(name = "closed_on")
    public @Nullable LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "improvement_action_id")
    public @Nullable Long improvementActionId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    long version;

    protected Complaint() {}

    Complaint(
            long cfaId,
            Nature nature,
            Complainant complainantKind,
            @Nullable String complainantName,
            Channel channel,
            String subject,
            String description,
            LocalDate receivedOn,
            OffsetDateTime createdAt) {
        if (receivedOn.isAfter(createdAt.toLocalDate())) {
            throw InvalidInputException.of("receivedOn", "complaint.receivedOn.future");
        }
        this.cfaId = cfaId;
        this.nature = nature;
        this.complainantKind = complainantKind;
        this.complainantName = complainantName;
        this.channel = channel;
        this.subject = subject;
        this.description = description;
        this.receivedOn = receivedOn;
        this.createdAt = createdAt;
        this.status = Status.RECEIVED;
    }

    void acknowledge(LocalDate on, LocalDate today) {
        checkDate("acknowledgedOn", on, today);
        if (status != Status.RECEIVED) {
            throw InvalidInputException.of("acknowledgedOn", "complaint.acknowledge.already");
        }
        this.acknowledgedOn = on;
        this.status = Status.ACKNOWLEDGED;
    }

    /** Records the analysis and the answer given; an answer implies the acknowledgement if none was recorded. */
    void answer(String analysisText, String answerText, LocalDate on, LocalDate today) {
        checkDate("answeredOn", on, today);
        if (status == Status.CLOSED) {
            throw InvalidInputException.of("answeredOn", "complaint.closed");
        }
        if (acknowledgedOn != null && on.isBefore(acknowledgedOn)) {
            throw InvalidInputException.of("answeredOn", "complaint.answeredOn.beforeAcknowledgement");
        }
        if (acknowledgedOn == null) {
            acknowledgedOn = on;
        }
        this.analysis = analysisText.strip();
        this.answer = answerText.strip();
        this.answeredOn = on;
        this.status = Status.ANSWERED;
    }

    void close(LocalDate on, LocalDate today) {
        checkDate("closedOn", on, today);
        if (status != Status.ANSWERED) {
            throw InvalidInputException.of("closedOn", "complaint.close.notAnswered");
        }
        if (answeredOn != null && on.isBefore(answeredOn)) {
            throw InvalidInputException.of("closedOn", "complaint.closedOn.beforeAnswer");
        }
        this.closedOn = on;
        this.status = Status.CLOSED;
    }

    void linkTo(long actionId) {
        this.improvementActionId = actionId;
    }

    private void checkDate(String field, LocalDate on, LocalDate today) {
        if (on.isBefore(receivedOn)) {
            throw InvalidInputException.of(field, "complaint.date.beforeReceipt");
        }
        if (on.isAfter(today)) {
            throw InvalidInputException.of(field, "complaint.date.future");
        }
    }

    /** Days from receipt to answer, or to the given day while unanswered. */
    public long delayDays(LocalDate today) {
        return ChronoUnit.DAYS.between(receivedOn, answeredOn != null ? answeredOn : today);
    }
}
