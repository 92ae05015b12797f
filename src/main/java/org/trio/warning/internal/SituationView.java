package org.trio.warning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.trio.warning.SituationOutcome;
import org.trio.warning.SituationStage;

/** A situation and its actions as the pages show them (read inside the service's transaction). */
record SituationView(
        long id,
        long apprenticeId,
        long cfaId,
        LocalDate openedOn,
        SituationStage stage,
        Situation.@Nullable Priority priority,
        @Nullable String assessment,
        @Nullable String socialAssessment,
        @Nullable String triagedBy,
        @Nullable Instant triagedAt,
        @Nullable SituationOutcome outcome,
        @Nullable String closingNote,
        @Nullable LocalDate closedOn,
        @Nullable String closedBy,
        long version,
        List<Action> actions) {

    record Action(
            long id,
            SituationAction.Kind kind,
            String description,
            boolean confidential,
            long ownerStaffId,
            LocalDate dueDate,
            SituationAction.Status status,
            String decidedBy,
            Instant decidedAt,
            @Nullable String report,
            SituationAction.@Nullable Result result,
            @Nullable LocalDate doneOn,
            @Nullable String reportedBy,
            @Nullable String reportSentTo,
            long version) {

        public boolean planned() {
            return status == SituationAction.Status.PLANNED;
        }

        public boolean lateOn(LocalDate day) {
            return planned() && TimeRules.late(dueDate, day);
        }

        static Action of(SituationAction action) {
            return new Action(
                    action.id,
                    action.kind,
                    action.description,
                    action.confidential,
                    action.ownerStaffId,
                    action.dueDate,
                    action.status,
                    action.decidedBy,
                    action.decidedAt,
                    action.report,
                    action.result,
                    action.doneOn,
                    action.reportedBy,
                    action.reportSentTo,
                    action.version);
        }
    }

    public boolean open() {
        return stage != SituationStage.CLOSED;
    }

    static SituationView of(Situation situation) {
        return new SituationView(
                situation.id,
                situation.apprenticeId,
                situation.cfaId,
                situation.openedOn,
                situation.stage,
                situation.priority,
                situation.assessment,
                situation.socialAssessment,
                situation.triagedBy,
                situation.triagedAt,
                situation.outcome,
                situation.closingNote,
                situation.closedOn,
                situation.closedBy,
                situation.version,
                situation.actions.stream()
                        .sorted(Comparator.comparing((SituationAction action) -> action.dueDate)
                                .thenComparing(action -> action.id))
                        .map(Action::of)
                        .toList());
    }
}
