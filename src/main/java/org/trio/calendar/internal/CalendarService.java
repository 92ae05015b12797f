package org.trio.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.calendar.AlternancePeriod;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.CompanyStay;
import org.trio.calendar.NewPeriod;
import org.trio.calendar.PeriodKind;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

@Service
@Transactional
class CalendarService implements CalendarManagement {

    private final Periods periods;
    private final ContractManagement contracts;
    private final EnrolmentManagement enrolments;
    private final ReferentialManagement referential;

    CalendarService(
            Periods periods,
            ContractManagement contracts,
            EnrolmentManagement enrolments,
            ReferentialManagement referential) {
        this.periods = periods;
        this.contracts = contracts;
        this.enrolments = enrolments;
        this.referential = referential;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlternancePeriod> cohortCalendar(long cohortId) {
        return periods.findByCohortIdOrderByStart(cohortId).stream()
                .map(Period::toInfo)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlternancePeriod> contractCalendar(long contractId) {
        List<AlternancePeriod> own = periods.findByContractIdOrderByStart(contractId).stream()
                .map(Period::toInfo)
                .toList();
        List<AlternancePeriod> cohorts = cohortsOf(contractId).stream()
                .flatMap(cohort -> cohortCalendar(cohort).stream())
                .toList();
        return CalendarRules.merge(cohorts, own);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean knowsCalendarOf(long contractId) {
        return !contractCalendar(contractId).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PeriodKind> kindOn(long contractId, LocalDate day) {
        return CalendarRules.periodOn(contractCalendar(contractId), day).map(AlternancePeriod::kind);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> nthCompanyDay(long contractId, LocalDate from, int n) {
        return CalendarRules.nthCompanyDay(contractCalendar(contractId), from, n);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AlternancePeriod> period(long periodId) {
        return periods.findById(periodId).map(Period::toInfo);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompanyStay> companyStaysEnding(long contractId, LocalDate from, LocalDate to) {
        return CalendarRules.companyStays(contractId, contractCalendar(contractId)).stream()
                .filter(stay -> !stay.end().isBefore(from) && !stay.end().isAfter(to))
                .toList();
    }

    @Override
    public long addCohortPeriod(long cohortId, NewPeriod period) {
        check(period, cohortCalendar(cohortId), bounds(cohortId, null));
        return periods.save(new Period(cohortId, null, period.kind(), period.start(), period.end(), period.label())).id;
    }

    @Override
    public long addContractPeriod(long contractId, NewPeriod period) {
        List<AlternancePeriod> own = periods.findByContractIdOrderByStart(contractId).stream()
                .map(Period::toInfo)
                .toList();
        check(period, own, bounds(null, contractId));
        return periods.save(new Period(null, contractId, period.kind(), period.start(), period.end(), period.label()))
                .id;
    }

    @Override
    public void updatePeriod(long periodId, NewPeriod changed) {
        Period period =
                periods.findById(periodId).orElseThrow(() -> InvalidInputException.of(null, "calendar.period.unknown"));
        List<Period> siblings = period.cohortId != null
                ? periods.findByCohortIdOrderByStart(period.cohortId)
                : periods.findByContractIdOrderByStart(period.contractId);
        List<AlternancePeriod> others = siblings.stream()
                .filter(other -> !other.id.equals(period.id))
                .map(Period::toInfo)
                .toList();
        check(changed, others, bounds(period.cohortId, period.contractId));
        period.kind = changed.kind();
        period.start = changed.start();
        period.end = changed.end();
        period.label = changed.label();
    }

    @Override
    public void removePeriod(long periodId) {
        periods.deleteById(periodId);
    }

    /** The first and last day a period of the cohort (its school year) or of the contract (its dates) may cover. */
    private Bounds bounds(Long cohortId, Long contractId) {
        if (cohortId != null) {
            CohortInfo cohort = referential
                    .cohort(cohortId)
                    .orElseThrow(() -> InvalidInputException.of(null, "calendar.cohort.unknown"));
            return new Bounds(
                    cohort.schoolYear().start(),
                    cohort.schoolYear().end(),
                    "calendar.period.outsideSchoolYear",
                    cohort.schoolYear().label());
        }
        ContractInfo contract = contracts
                .contract(contractId)
                .orElseThrow(() -> InvalidInputException.of("contractId", "calendar.contract.unknown"));
        return new Bounds(contract.startDate(), contract.endDate(), "calendar.period.outsideContract", "");
    }

    private record Bounds(LocalDate first, LocalDate last, String code, String name) {}

    private static void check(NewPeriod period, List<AlternancePeriod> existing, Bounds bounds) {
        if (period.end().isBefore(period.start())) {
            throw InvalidInputException.of("end", "calendar.period.order");
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        if (period.start().isBefore(bounds.first()) || period.start().isAfter(bounds.last())) {
            throw InvalidInputException.of(
                    "start",
                    bounds.code() + ".start",
                    bounds.name(),
                    bounds.first().format(day),
                    bounds.last().format(day));
        }
        if (period.end().isAfter(bounds.last())) {
            throw InvalidInputException.of(
                    "end",
                    bounds.code() + ".end",
                    bounds.name(),
                    bounds.first().format(day),
                    bounds.last().format(day));
        }
        if (CalendarRules.overlaps(existing, period.start(), period.end())) {
            throw InvalidInputException.of("start", "calendar.period.overlap");
        }
    }

    /**
     * The cohorts the contract's apprentice follows in the programme of the contract's enrolment: one per school year
     * (a two-year contract spans the first- and second-year cohorts).
     */
    private List<Long> cohortsOf(long contractId) {
        Optional<ContractInfo> contract = contracts.contract(contractId);
        if (contract.isEmpty()) {
            return List.of();
        }
        Optional<EnrolmentInfo> first = enrolments.enrolment(contract.get().enrolmentId());
        if (first.isEmpty()) {
            return List.of();
        }
        return enrolments.enrolmentsOf(contract.get().apprenticeId()).stream()
                .filter(enrolment -> java.util.Objects.equals(
                        enrolment.programmeId(), first.get().programmeId()))
                .map(EnrolmentInfo::cohortId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }
}
