package org.trio.warning.internal;

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
import org.trio.shared.ConcernsApprentice;

/**
 * A person's review of an apprentice's risk score: the score informs, the person decides — "seen, no action" or "open
 * a situation" — and the review keeps the score and the factors they saw.
 */
@Entity(name = "WarningRiskReview")
@Table(schema = "warning", name = "risk_review")
class RiskReview implements ConcernsApprentice {

    enum Decision {
        NO_ACTION,
        OPEN_SITUATION;

        public String messageKey() {
            return "warning.review.decision." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "reviewed_on")
    LocalDate reviewedOn;

    @Column(name = "reviewed_at")
    Instant reviewedAt;

    String reviewer;

    int score;

    String factors;

    @Enumerated(EnumType.STRING)
    Decision decision;

    String note;

    @Column(name = "situation_id")
    Long situationId;

    @Version
    long version;

    protected RiskReview() {}

    RiskReview(
            long apprenticeId,
            long cfaId,
            LocalDate day,
            Instant now,
            String reviewer,
            int score,
            String factors,
            Decision decision,
            String note) {
        this.apprenticeId = apprenticeId;
        this.cfaId = cfaId;
        this.reviewedOn = day;
        this.reviewedAt = now;
        this.reviewer = reviewer;
        this.score = score;
        this.factors = factors;
        this.decision = decision;
        this.note = note;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
