package org.trio.warning.internal;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.trio.attendance.AbsenceThresholdReached;
import org.trio.attendance.ThresholdKind;
import org.trio.shared.InvalidInputException;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.WarningManagement;

/**
 * Turns the attendance module's threshold events (unjustified absence hours or late arrivals in a month over the CFA's
 * threshold) into signals of unjustified absences, once per apprentice, kind and month.
 */
@Component
class AttendanceEvents {

    private static final Log log = LogFactory.getLog(AttendanceEvents.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final WarningManagement warning;
    private final WarningTexts texts;
    private final Clock clock;

    AttendanceEvents(WarningManagement warning, WarningTexts texts, Clock clock) {
        this.warning = warning;
        this.texts = texts;
        this.clock = clock;
    }

    private static String decimal(java.math.BigDecimal value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    @ApplicationModuleListener
    void on(AbsenceThresholdReached event) {
        LocalDate today = LocalDate.now(clock);
        LocalDate observed = event.periodEnd().isAfter(today) ? today : event.periodEnd();
        String key = event.kind() == ThresholdKind.LATE_ARRIVALS_PER_MONTH
                ? "warning.rule.absences.late"
                : "warning.rule.absences.hours";
        try {
            warning.raiseSignal(new NewSignal(
                    event.apprenticeId(),
                    SignalCategory.ABSENCES,
                    SignalOrigin.RULE,
                    texts.get(
                            key,
                            decimal(event.measured()),
                            event.periodStart().format(MONTH),
                            decimal(event.threshold())),
                    null,
                    texts.get("warning.rule.absences.evidence"),
                    "/attendance/apprentices/" + event.apprenticeId(),
                    observed,
                    "ABSENCES:" + event.apprenticeId() + ":" + event.kind() + ":" + event.periodStart(),
                    texts.get("warning.rule.name"),
                    null));
        } catch (InvalidInputException e) {
            log.warn(
                    "Seuil d'absences de l'apprenti " + event.apprenticeId() + " sans signalement : " + e.getMessage());
        }
    }
}
