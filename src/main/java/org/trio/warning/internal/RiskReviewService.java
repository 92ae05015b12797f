package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.shared.InvalidInputException;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * Records a person's review of a score. Deciding to open a situation raises a signal through the same entry point as
 * every other signal (it joins the open situation if there is one).
 */
@Service
@Transactional
class RiskReviewService {

    private final RiskReviews reviews;
    private final RiskService risk;
    private final FollowUp followUp;
    private final WarningManagement warning;
    private final WarningTexts texts;
    private final Clock clock;

    RiskReviewService(
            RiskReviews reviews,
            RiskService risk,
            FollowUp followUp,
            WarningManagement warning,
            WarningTexts texts,
            Clock clock) {
        this.reviews = reviews;
        this.risk = risk;
        this.followUp = followUp;
        this.warning = warning;
        this.texts = texts;
        this.clock = clock;
    }

    RiskReview review(long apprenticeId, RiskReview.@Nullable Decision decision, @Nullable String note, Actor actor) {
        if (decision == null) {
            throw InvalidInputException.of("decision", "warning.review.decision.required");
        }
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("note", "warning.text.long", 2000);
        }
        LocalDate today = LocalDate.now(clock);
        RiskScoring.Score score = risk.scoreOf(apprenticeId, today)
                .orElseThrow(() -> InvalidInputException.of(null, "warning.review.not-in-training"));
        FollowUp.Enrolment enrolment = followUp.enrolmentOn(apprenticeId, today).orElseThrow();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        RiskReview review = new RiskReview(
                apprenticeId,
                enrolment.cfaId(),
                today,
                clock.instant(),
                actor.name(),
                score.visibleTotal(actor.socialReader()),
                RiskScoring.encode(score.factors().stream()
                        .filter(factor -> actor.socialReader() || !factor.isSocial())
                        .toList()),
                decision,
                cleanNote);
        reviews.save(review);
        if (decision == RiskReview.Decision.OPEN_SITUATION) {
            warning.raiseSignal(new NewSignal(
                    apprenticeId,
                    SignalCategory.OTHER,
                    SignalOrigin.STAFF,
                    texts.get("warning.review.signal", score.visibleTotal(actor.socialReader())),
                    cleanNote,
                    texts.get("warning.review.evidence"),
                    "/warning/risk/" + apprenticeId,
                    today,
                    null,
                    actor.name(),
                    actor.staffId()));
            review.situationId =
                    warning.openSituationOf(apprenticeId).map(info -> info.id()).orElse(null);
        }
        return review;
    }
}
