package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceSummary;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorProvider;
import org.trio.quality.IndicatorScope;
import org.trio.quality.IndicatorValue;
import org.trio.referential.CohortInfo;
import org.trio.shared.DateRange;

/**
 * The taux de réalisation (hours realised ÷ planned) and the absenteeism (hours absent ÷ planned) of the CFA's cohorts
 * (of one programme, if asked) over the school year up to the reference date, read through the attendance module's
 * facade; the people behind them are the apprentices enrolled in those cohorts. (When the attendance module implements
 * {@link IndicatorProvider} itself, this adapter goes: that module would then depend on this one.)
 */
@Component
class AttendanceIndicators implements IndicatorProvider {

    static final String SOURCE = "Assiduité";

    private final AttendanceManagement attendance;
    private final QualityCfas cfas;
    private final EnrolmentManagement enrolments;

    AttendanceIndicators(AttendanceManagement attendance, QualityCfas cfas, EnrolmentManagement enrolments) {
        this.attendance = attendance;
        this.cfas = cfas;
        this.enrolments = enrolments;
    }

    @Override
    public List<IndicatorValue> indicators(IndicatorScope scope) {
        LocalDate start = scope.schoolYear().start();
        LocalDate end = scope.referenceDate().isBefore(scope.schoolYear().end())
                ? scope.referenceDate()
                : scope.schoolYear().end();
        if (end.isBefore(start)) {
            return List.of();
        }
        List<Long> cohorts = new ArrayList<>();
        Set<Long> people = new HashSet<>();
        for (CohortInfo cohort :
                cfas.cohortsOf(scope.cfaId(), scope.schoolYear().startYear(), scope.programmeId())) {
            cohorts.add(cohort.id());
            enrolments.enrolmentsOfCohort(cohort.id()).stream()
                    .map(EnrolmentInfo::apprenticeId)
                    .forEach(people::add);
        }
        if (cohorts.isEmpty()) {
            return List.of();
        }
        AttendanceSummary total = attendance.summariesOfCohorts(cohorts, new DateRange(start, end)).values().stream()
                .reduce(AttendanceSummary.EMPTY, AttendanceIndicators::sum);
        return of(total, people.size());
    }

    /** The two rates of a summary, about {@code people} apprentices; none when no roll call was taken. */
    static List<IndicatorValue> of(AttendanceSummary summary, long people) {
        if (summary.plannedMinutes() == 0) {
            return List.of();
        }
        return List.of(
                new IndicatorValue(
                        IndicatorKeys.COMPLETION, summary.realisedMinutes(), summary.plannedMinutes(), people, SOURCE),
                new IndicatorValue(
                        IndicatorKeys.ABSENTEEISM, summary.absenceMinutes(), summary.plannedMinutes(), people, SOURCE));
    }

    private static AttendanceSummary sum(AttendanceSummary a, AttendanceSummary b) {
        return new AttendanceSummary(
                a.lines() + b.lines(),
                a.plannedMinutes() + b.plannedMinutes(),
                a.realisedMinutes() + b.realisedMinutes(),
                a.distancePlannedMinutes() + b.distancePlannedMinutes(),
                a.distanceRealisedMinutes() + b.distanceRealisedMinutes(),
                a.absenceMinutes() + b.absenceMinutes(),
                a.justifiedAbsenceMinutes() + b.justifiedAbsenceMinutes(),
                a.pendingAbsenceMinutes() + b.pendingAbsenceMinutes(),
                a.unjustifiedAbsenceMinutes() + b.unjustifiedAbsenceMinutes(),
                a.absences() + b.absences(),
                a.unjustifiedAbsences() + b.unjustifiedAbsences(),
                a.lateArrivals() + b.lateArrivals(),
                a.lateMinutes() + b.lateMinutes());
    }
}
