package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.trio.booklet.BookletEntryPosted;
import org.trio.booklet.BookletManagement;
import org.trio.booklet.EvaluationPoint;
import org.trio.booklet.EvaluationRecorded;
import org.trio.booklet.Evaluator;
import org.trio.shared.InvalidInputException;
import org.trio.visit.RiskLevel;
import org.trio.visit.VisitReportFiled;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * What the livret and the visits tell the early-warning chain: every entry of the livret keeps the livret "alive" (the
 * silent-livret rule counts from the latest one); a visit report judging the risk high is a signal; evaluations falling
 * from one month to the next, by the maître or by the trainer, are a signal (once per apprentice, evaluator and month).
 */
@Component
class BookletAndVisitEvents {

    private static final Log log = LogFactory.getLog(BookletAndVisitEvents.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final FollowUp followUp;
    private final WarningManagement warning;
    private final BookletManagement booklets;
    private final WarningTexts texts;
    private final Clock clock;

    BookletAndVisitEvents(
            FollowUp followUp, WarningManagement warning, BookletManagement booklets, WarningTexts texts, Clock clock) {
        this.followUp = followUp;
        this.warning = warning;
        this.booklets = booklets;
        this.texts = texts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BookletEntryPosted event) {
        followUp.recordBookletEntry(event.apprenticeId(), LocalDate.ofInstant(event.postedAt(), clock.getZone()));
    }

    @ApplicationModuleListener
    void on(VisitReportFiled event) {
        if (event.riskLevel() != RiskLevel.HIGH) {
            return;
        }
        raise(new NewSignal(
                event.apprenticeId(),
                SignalCategory.VISIT_REPORT,
                SignalOrigin.RULE,
                texts.get("warning.rule.visit-report", event.visitedOn().format(DAY), event.actions()),
                null,
                texts.get("warning.rule.visit-report.evidence"),
                "/visits/reports/" + event.reportId(),
                event.visitedOn(),
                "VISIT_REPORT:" + event.reportId(),
                texts.get("warning.rule.name"),
                null));
    }

    @ApplicationModuleListener
    void on(EvaluationRecorded event) {
        followUp.recordBookletEntry(event.apprenticeId(), event.evaluatedOn());
        fall(booklets.evaluationTrend(event.apprenticeId()), event.evaluator())
                .ifPresent(fall -> raise(new NewSignal(
                        event.apprenticeId(),
                        SignalCategory.FALLING_EVALUATIONS,
                        SignalOrigin.RULE,
                        texts.get(
                                "warning.rule.falling-evaluations",
                                texts.get(event.evaluator().messageKey()),
                                fall.month().format(MONTH),
                                level(fall.before()),
                                level(fall.after())),
                        null,
                        texts.get("warning.rule.falling-evaluations.evidence"),
                        "/booklet/contracts/" + event.contractId() + "/evaluations",
                        event.evaluatedOn(),
                        "FALLING_EVALUATIONS:" + event.apprenticeId() + ":" + event.evaluator() + ":" + fall.month(),
                        texts.get("warning.rule.name"),
                        null)));
    }

    /** A fall of the mean level between the evaluator's two latest months. */
    record Fall(YearMonth month, double before, double after) {}

    /**
     * The fall of the evaluator's mean level between their two latest months of the trend, when the latest is lower by
     * at least a quarter of a level (a competency falling one level among four).
     */
    static Optional<Fall> fall(List<EvaluationPoint> trend, Evaluator evaluator) {
        List<EvaluationPoint> points = trend.stream()
                .filter(point -> point.evaluator() == evaluator)
                .sorted(Comparator.comparing(EvaluationPoint::month))
                .toList();
        if (points.size() < 2) {
            return Optional.empty();
        }
        EvaluationPoint before = points.get(points.size() - 2);
        EvaluationPoint after = points.get(points.size() - 1);
        return before.meanLevel() - after.meanLevel() >= 0.25
                ? Optional.of(new Fall(after.month(), before.meanLevel(), after.meanLevel()))
                : Optional.empty();
    }

    private static String level(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    private void raise(NewSignal signal) {
        try {
            if (!followUp.signalKnown(signal.dedupKey())) {
                warning.raiseSignal(signal);
            }
        } catch (InvalidInputException e) {
            log.warn("Signal non levé pour l'apprenti " + signal.apprenticeId() + " : " + e.getMessage());
        }
    }
}
