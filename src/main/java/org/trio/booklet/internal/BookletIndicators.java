package org.trio.booklet.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.booklet.Evaluator;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.quality.IndicatorKeys;
import org.trio.quality.IndicatorProvider;
import org.trio.quality.IndicatorScope;
import org.trio.quality.IndicatorValue;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * The charter's "quality of follow-up by the employer and by the establishment": {@link
 * IndicatorKeys#EVALUATIONS_DONE} = evaluations done ÷ evaluations expected in the livrets of the apprentices enrolled in
 * the CFA's cohorts (of one programme, if asked) of the school year.
 *
 * <p>The maître and the trainer are each expected to evaluate the apprentice once in every three months of a contract
 * (the rhythm of the livret's home tasks): the contract's time is cut into quarters from its start, and a quarter is
 * expected when it ended within the contract, during the school year and on or before the reference date. An expected
 * evaluation is done when the evaluator recorded at least one evaluation dated within the quarter. The people behind
 * the figure are the apprentices with at least one expected evaluation; the quality module applies the rule of 20.
 */
@Component
class BookletIndicators implements IndicatorProvider {

    static final int MONTHS_BETWEEN_EVALUATIONS = 3;

    private final JdbcClient jdbc;
    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final MessageSource messages;

    BookletIndicators(
            JdbcClient jdbc,
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.referential = referential;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.messages = messages;
    }

    /** A quarter of a contract in which each evaluator is expected to evaluate the apprentice. */
    record Quarter(long contractId, long apprenticeId, LocalDate start, LocalDate end) {}

    /** Evaluations expected and done, about a number of apprentices. */
    record Figures(long expected, long done, long people) {}

    @Override
    public List<IndicatorValue> indicators(IndicatorScope scope) {
        LocalDate from = scope.schoolYear().start();
        LocalDate to = scope.referenceDate().isBefore(scope.schoolYear().end())
                ? scope.referenceDate()
                : scope.schoolYear().end();
        if (to.isBefore(from)) {
            return List.of();
        }
        List<ContractInfo> followed = new ArrayList<>();
        for (long apprentice : apprenticesOf(scope)) {
            followed.addAll(contracts.contractsOf(apprentice));
        }
        List<Quarter> quarters = quarters(followed, from, to);
        if (quarters.isEmpty()) {
            return List.of();
        }
        Figures figures = figures(quarters, evaluations(quarters));
        return List.of(new IndicatorValue(
                IndicatorKeys.EVALUATIONS_DONE,
                figures.done(),
                figures.expected(),
                figures.people(),
                messages.getMessage("booklet.evidence.source", null, Locale.FRANCE)));
    }

    /** The quarters of the contracts that ended within the contract and between {@code from} and {@code to}. */
    static List<Quarter> quarters(Collection<ContractInfo> contracts, LocalDate from, LocalDate to) {
        List<Quarter> quarters = new ArrayList<>();
        for (ContractInfo contract : contracts) {
            LocalDate lastDay = contract.lastDay();
            for (int k = 0; ; k++) {
                LocalDate start = contract.startDate().plusMonths((long) k * MONTHS_BETWEEN_EVALUATIONS);
                LocalDate end = contract.startDate()
                        .plusMonths((long) (k + 1) * MONTHS_BETWEEN_EVALUATIONS)
                        .minusDays(1);
                if (end.isAfter(to) || end.isAfter(lastDay)) {
                    break;
                }
                if (!end.isBefore(from)) {
                    quarters.add(new Quarter(contract.id(), contract.apprenticeId(), start, end));
                }
            }
        }
        return quarters;
    }

    /**
     * Each quarter expects one evaluation by the maître and one by the trainer.
     *
     * @param evaluations the days each evaluator evaluated, by contract ("MENTOR" or "TRAINER" → days)
     */
    static Figures figures(List<Quarter> quarters, Map<Long, Map<Evaluator, Set<LocalDate>>> evaluations) {
        long done = 0;
        Set<Long> people = new HashSet<>();
        for (Quarter quarter : quarters) {
            people.add(quarter.apprenticeId());
            Map<Evaluator, Set<LocalDate>> byEvaluator = evaluations.getOrDefault(quarter.contractId(), Map.of());
            for (Evaluator evaluator : Evaluator.values()) {
                boolean evaluated = byEvaluator.getOrDefault(evaluator, Set.of()).stream()
                        .anyMatch(day -> !day.isBefore(quarter.start()) && !day.isAfter(quarter.end()));
                if (evaluated) {
                    done++;
                }
            }
        }
        return new Figures((long) quarters.size() * Evaluator.values().length, done, people.size());
    }

    private Map<Long, Map<Evaluator, Set<LocalDate>>> evaluations(List<Quarter> quarters) {
        Map<Long, Map<Evaluator, Set<LocalDate>>> byContract = new LinkedHashMap<>();
        Set<Long> ids = new TreeSet<>();
        LocalDate earliest = quarters.get(0).start();
        LocalDate latest = quarters.get(0).end();
        for (Quarter quarter : quarters) {
            ids.add(quarter.contractId());
            earliest = quarter.start().isBefore(earliest) ? quarter.start() : earliest;
            latest = quarter.end().isAfter(latest) ? quarter.end() : latest;
        }
        jdbc.sql("select distinct contract_id, evaluator, evaluated_on from booklet.evaluation"
                        + " where contract_id in (:ids) and evaluated_on between :from and :to")
                .param("ids", ids)
                .param("from", earliest)
                .param("to", latest)
                .query((rs, row) -> byContract
                        .computeIfAbsent(rs.getLong(1), key -> new LinkedHashMap<>())
                        .computeIfAbsent(Evaluator.valueOf(rs.getString(2)), key -> new HashSet<>())
                        .add(rs.getObject(3, LocalDate.class)))
                .list();
        return byContract;
    }

    /** The apprentices enrolled in the CFA's cohorts of the school year (of the programme, when one is asked). */
    private Set<Long> apprenticesOf(IndicatorScope scope) {
        Set<Long> apprentices = new TreeSet<>();
        for (SiteInfo site : referential.sitesOfCfa(scope.cfaId())) {
            for (CohortInfo cohort :
                    referential.cohortsOfSite(site.id(), scope.schoolYear().startYear())) {
                if (scope.programmeId() == null || cohort.programmeId() == scope.programmeId()) {
                    enrolments.enrolmentsOfCohort(cohort.id()).stream()
                            .map(EnrolmentInfo::apprenticeId)
                            .forEach(apprentices::add);
                }
            }
        }
        return apprentices;
    }
}
