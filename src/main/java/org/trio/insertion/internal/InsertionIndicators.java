package org.trio.insertion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.quality.IndicatorProvider;
import org.trio.quality.IndicatorScope;
import org.trio.quality.IndicatorValue;

/** Gives the quality module the L6111-8 rates of a CFA or programme and school year (see {@link PublishedRates}). */
@Component
class InsertionIndicators implements IndicatorProvider {

    private final Leavers leavers;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final JdbcClient jdbc;

    InsertionIndicators(
            Leavers leavers, EnrolmentManagement enrolments, ContractManagement contracts, JdbcClient jdbc) {
        this.leavers = leavers;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorValue> indicators(IndicatorScope scope) {
        int year = scope.schoolYear().startYear();
        LocalDate reference = scope.referenceDate().isAfter(scope.schoolYear().end())
                ? scope.schoolYear().end()
                : scope.referenceDate();
        List<EnrolmentInfo> enrolled = leavers.enrolled(scope.cfaId(), scope.programmeId(), year);
        if (enrolled.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContractInfo>> contractsByApprentice = new HashMap<>();
        Set<Long> reEnrolled = new HashSet<>();
        List<Leavers.Leaver> cohort = new ArrayList<>();
        for (EnrolmentInfo enrolment : enrolled) {
            contractsByApprentice.computeIfAbsent(enrolment.apprenticeId(), contracts::contractsOf);
            if (Leavers.finalYear(enrolment)) {
                cohort.add(leavers.leaver(enrolment.id()).orElseThrow());
                if (enrolments.enrolmentsOf(enrolment.apprenticeId()).stream()
                        .anyMatch(other -> other.schoolYear() == year + 1)) {
                    reEnrolled.add(enrolment.apprenticeId());
                }
            }
        }
        List<IndicatorValue> values = new ArrayList<>(PublishedRates.contracts(
                enrolled, contractsByApprentice, scope.schoolYear().start(), reference));
        values.addAll(PublishedRates.outcomes(cohort, reEnrolled, outcomes(cohort, scope.referenceDate())));
        return values;
    }

    /** The situations recorded on or before the reference date, by enrolment. */
    private Map<Long, List<PublishedRates.Outcome>> outcomes(List<Leavers.Leaver> cohort, LocalDate reference) {
        Map<Long, List<PublishedRates.Outcome>> byEnrolment = new HashMap<>();
        if (cohort.isEmpty()) {
            return byEnrolment;
        }
        jdbc.sql("select enrolment_id, horizon_months, situation, contract_type, job_matches_diploma,"
                        + " job_search_months from insertion.situation where enrolment_id in (:ids)"
                        + " and recorded_on <= :reference")
                .param("ids", cohort.stream().map(Leavers.Leaver::enrolmentId).toList())
                .param("reference", reference)
                .query((rs, row) -> {
                    String contract = rs.getString("contract_type");
                    Object matches = rs.getObject("job_matches_diploma");
                    Object search = rs.getObject("job_search_months");
                    byEnrolment
                            .computeIfAbsent(rs.getLong("enrolment_id"), key -> new ArrayList<>())
                            .add(new PublishedRates.Outcome(
                                    rs.getInt("horizon_months"),
                                    org.trio.insertion.Situation.valueOf(rs.getString("situation")),
                                    contract == null ? null : org.trio.insertion.EmploymentContract.valueOf(contract),
                                    matches == null ? null : (Boolean) matches,
                                    search == null ? null : ((Number) search).intValue()));
                    return row;
                })
                .list();
        return byEnrolment;
    }
}
