package org.trio.visit.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.trio.visit.RiskLevel;
import org.trio.visit.VisitMode;

/** The forms of the visit pages, bound to records. */
final class VisitForms {

    private VisitForms() {}

    /** Planning a visit. */
    record ScheduleForm(
            String ruleCode,
            @NotNull VisitMode mode,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate plannedOn,

            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime plannedTime,
            @NotBlank @Size(max = 200) String visitorName) {}

    /** The report of a visit, with up to three actions. */
    record ReportForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate visitedOn,

            @NotBlank @Size(max = 5000) String integration,
            @NotBlank @Size(max = 5000) String missions,
            @NotBlank @Size(max = 5000) String means,
            @NotBlank @Size(max = 5000) String relationship,
            @NotBlank @Size(max = 5000) String attendance,
            @Size(max = 5000) String difficulties,
            @NotNull RiskLevel riskLevel,
            List<ActionLine> actions) {

        List<ActionLine> filledActions() {
            return actions == null
                    ? List.of()
                    : actions.stream().filter(line -> !line.isBlank()).toList();
        }
    }

    /** One action of a report form (all three fields, or none). */
    record ActionLine(
            @Size(max = 500) String description,
            VisitAction.Owner owner,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

        boolean isBlank() {
            return (description == null || description.isBlank()) && dueOn == null;
        }
    }

    /** A comment on a report. */
    record CommentForm(@NotBlank @Size(max = 5000) String body) {}

    /** Closing an action. */
    record CloseForm(@Size(max = 1000) String note) {}
}
