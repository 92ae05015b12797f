package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trio.contract.ApprenticeStatus;
import org.trio.shared.SchoolYear;

/**
 * Turns an apprentice's enrolments and contracts into the status runs stored per enrolment. An enrolment is one row
 * per school year; the enrolments of the same apprentice and programme whose sessions overlap form one path, whose
 * contracts and earliest exclusion apply to each of them. Each enrolment stores the runs of its own session, preceded
 * by an INSCRIT run from the start of its school year to the day before the first day, when there is one.
 */
final class StatusPaths {

    record EnrolmentRow(
            long id,
            long apprenticeId,
            long programmeId,
            int schoolYear,
            long cfaId,
            Long siteId,
            int programmeYear,
            LocalDate trainingStart,
            LocalDate trainingEnd,
            LocalDate exclusionDate) {}

    record ContractRow(long enrolmentId, LocalDate startDate, LocalDate endDate, LocalDate ruptureDate) {}

    record Row(
            long enrolmentId,
            long apprenticeId,
            int schoolYear,
            long cfaId,
            Long siteId,
            long programmeId,
            int programmeYear,
            ApprenticeStatus status,
            LocalDate from,
            LocalDate to,
            boolean beforeStart) {}

    private StatusPaths() {}

    static List<Row> rows(List<EnrolmentRow> enrolments, List<ContractRow> contracts) {
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<String, List<EnrolmentRow>> byProgramme = new HashMap<>();
        for (EnrolmentRow enrolment : enrolments) {
            byProgramme
                    .computeIfAbsent(enrolment.apprenticeId() + "/" + enrolment.programmeId(), key -> new ArrayList<>())
                    .add(enrolment);
        }
        List<Row> rows = new ArrayList<>();
        for (List<EnrolmentRow> sameProgramme : byProgramme.values()) {
            for (List<EnrolmentRow> path : paths(sameProgramme)) {
                addPath(path, contracts, rows);
            }
        }
        return rows;
    }

    /** Splits the enrolments of one programme into paths of overlapping sessions. */
    private static List<List<EnrolmentRow>> paths(List<EnrolmentRow> enrolments) {
        List<EnrolmentRow> sorted = new ArrayList<>(enrolments);
        sorted.sort(Comparator.comparing(EnrolmentRow::trainingStart));
        List<List<EnrolmentRow>> paths = new ArrayList<>();
        List<EnrolmentRow> current = new ArrayList<>();
        LocalDate currentEnd = null;
        for (EnrolmentRow enrolment : sorted) {
            if (currentEnd != null && enrolment.trainingStart().isAfter(currentEnd)) {
                paths.add(current);
                current = new ArrayList<>();
                currentEnd = null;
            }
            current.add(enrolment);
            currentEnd = currentEnd == null || enrolment.trainingEnd().isAfter(currentEnd)
                    ? enrolment.trainingEnd()
                    : currentEnd;
        }
        paths.add(current);
        return paths;
    }

    private static void addPath(List<EnrolmentRow> path, List<ContractRow> contracts, List<Row> rows) {
        List<StatusTimeline.Span> spans = new ArrayList<>();
        LocalDate exclusion = null;
        for (EnrolmentRow enrolment : path) {
            for (ContractRow contract : contracts) {
                if (contract.enrolmentId() == enrolment.id()) {
                    spans.add(
                            new StatusTimeline.Span(contract.startDate(), contract.endDate(), contract.ruptureDate()));
                }
            }
            if (enrolment.exclusionDate() != null
                    && (exclusion == null || enrolment.exclusionDate().isBefore(exclusion))) {
                exclusion = enrolment.exclusionDate();
            }
        }
        List<StatusTimeline.Period> cached = null;
        EnrolmentRow cachedFor = null;
        for (EnrolmentRow enrolment : path) {
            List<StatusTimeline.Period> periods = cachedFor != null
                            && cachedFor.trainingStart().equals(enrolment.trainingStart())
                            && cachedFor.trainingEnd().equals(enrolment.trainingEnd())
                    ? cached
                    : StatusTimeline.compute(enrolment.trainingStart(), enrolment.trainingEnd(), exclusion, spans);
            cached = periods;
            cachedFor = enrolment;
            if (periods.isEmpty()) {
                continue;
            }
            LocalDate yearStart = new SchoolYear(enrolment.schoolYear()).start();
            LocalDate first = periods.get(0).from();
            if (yearStart.isBefore(first)) {
                rows.add(row(enrolment, ApprenticeStatus.WITHOUT_CONTRACT, yearStart, first.minusDays(1), true));
            }
            for (StatusTimeline.Period period : periods) {
                rows.add(row(enrolment, period.status(), period.from(), period.to(), false));
            }
        }
    }

    private static Row row(
            EnrolmentRow enrolment, ApprenticeStatus status, LocalDate from, LocalDate to, boolean beforeStart) {
        return new Row(
                enrolment.id(),
                enrolment.apprenticeId(),
                enrolment.schoolYear(),
                enrolment.cfaId(),
                enrolment.siteId(),
                enrolment.programmeId(),
                enrolment.programmeYear(),
                Objects.requireNonNull(status),
                from,
                to,
                beforeStart);
    }
}
