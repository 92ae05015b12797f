package org.trio.booklet.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.Evaluator;
import org.trio.shared.ConcernsApprentice;

/** A dated evaluation of one competency of the apprentice, by the maître or by the trainer. */
@Entity
@Table(schema = "booklet", name = "evaluation")
class Evaluation implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "booklet_id")
    long bookletId;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "competency_id")
    long competencyId;

    @Enumerated(EnumType.STRING)
    EvaluationLevel level;

    @Enumerated(EnumType.STRING)
    Evaluator evaluator;

    @Column(name = "evaluator_name")
    String evaluatorName;

    @Column(name = "evaluated_on")
    LocalDate evaluatedOn;

    String comment;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Version
    long version;

    protected Evaluation() {}

    Evaluation(
            Booklet booklet,
            long competencyId,
            EvaluationLevel level,
            Evaluator evaluator,
            String evaluatorName,
            LocalDate evaluatedOn,
            String comment,
            Instant now) {
        this.bookletId = booklet.id;
        this.contractId = booklet.contractId;
        this.apprenticeId = booklet.apprenticeId;
        this.competencyId = competencyId;
        this.level = level;
        this.evaluator = evaluator;
        this.evaluatorName = evaluatorName;
        this.evaluatedOn = evaluatedOn;
        this.comment = comment;
        this.recordedAt = now;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
