package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.ImportedTraining;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * Records imported trainings in the module's own tables with SQL (one enrolment, its contracts and ruptures per call),
 * and reads them back for the exchange files. See {@link TrainingRecords} for the rules.
 */
@Service
@Transactional
class TrainingRecordService implements TrainingRecords {

    /** Above this many apprentices, statuses are recomputed for everybody in one stream rather than one by one. */
    static final int BULK_RECOMPUTE_THRESHOLD = 3_000;

    private final JdbcClient jdbc;
    private final StatusRecorder statuses;
    private final ReferentialManagement referential;
    private final Clock clock;

    TrainingRecordService(JdbcClient jdbc, StatusRecorder statuses, ReferentialManagement referential, Clock clock) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.referential = referential;
        this.clock = clock;
    }

    @Override
    public long record(ImportedTraining training) {
        List<Problem> problems = check(training);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long networkId = referential
                .cfa(training.cfaId())
                .map(cfa -> cfa.networkId())
                .orElseThrow(() -> InvalidInputException.of("cfaId", "cfa.unknown"));
        Optional<Long> existing = enrolmentOf(training.apprenticeId(), training.cfaId(), training.schoolYear());
        long enrolmentId = existing.isPresent() ? update(existing.get(), training) : insert(networkId, training);
        recordContracts(enrolmentId, training);
        return enrolmentId;
    }

    /** The file's own consistency rules, as pure checks. */
    static List<Problem> check(ImportedTraining training) {
        List<Problem> problems = new ArrayList<>();
        if (training.trainingEnd().isBefore(training.trainingStart())) {
            problems.add(Problem.of("trainingEnd", "enrolment.dates.order"));
        }
        for (ImportedTraining.Contract contract : training.contracts()) {
            if (contract.endDate().isBefore(contract.startDate())) {
                problems.add(Problem.of("contracts", "contract.dates.order"));
            }
            if (contract.ruptureDate() != null
                    && (contract.ruptureDate().isBefore(contract.startDate())
                            || contract.ruptureDate().isAfter(contract.endDate().plusDays(1)))) {
                problems.add(Problem.of("contracts", "rupture.date.outside"));
            }
        }
        return problems;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> enrolmentOf(long apprenticeId, long cfaId, int schoolYear) {
        // the apprentice's few enrolments, through the apprentice's index, filtered here: with the CFA and year in the
        // query, the planner may prefer the (cfa, year) index and walk every enrolment of the CFA's year instead
        return jdbc
                .sql("select id, cfa_id, school_year from contract.enrolment where apprentice_id = ?")
                .param(apprenticeId)
                .query((rs, row) -> rs.getLong(2) == cfaId && rs.getInt(3) == schoolYear ? rs.getLong(1) : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .min(Long::compare);
    }

    private long insert(long networkId, ImportedTraining t) {
        return jdbc.sql("""
                        insert into contract.enrolment (apprentice_id, programme_id, network_id, cfa_id, site_id,
                          school_year, programme_year, registration_date, training_start, training_end,
                          theoretical_duration_months, distance_learning, previous_situation, previous_uai,
                          exclusion_date, exclusion_cause, diploma_obtained, diploma_date, created_at)
                        values (:apprentice, :programme, :network, :cfa, :site, :year, :programmeYear, :registration,
                          :start, :end, :duration, :distance, :situation, :previousUai, :exclusion, :exclusionCause,
                          :diploma, :diplomaDate, :now) returning id""")
                .params(parameters(t))
                .param("network", networkId)
                .param("now", OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
    }

    private long update(long enrolmentId, ImportedTraining t) {
        jdbc.sql("""
                        update contract.enrolment set programme_id = :programme, site_id = :site,
                          programme_year = :programmeYear, registration_date = :registration, training_start = :start,
                          training_end = :end, theoretical_duration_months = :duration, distance_learning = :distance,
                          previous_situation = :situation, previous_uai = :previousUai, exclusion_date = :exclusion,
                          exclusion_cause = :exclusionCause, diploma_obtained = :diploma, diploma_date = :diplomaDate,
                          version = version + 1
                         where id = :id""").params(parameters(t)).param("id", enrolmentId).update();
        return enrolmentId;
    }

    private static Map<String, Object> parameters(ImportedTraining t) {
        Map<String, Object> p = new HashMap<>();
        p.put("apprentice", t.apprenticeId());
        p.put("programme", t.programmeId());
        p.put("cfa", t.cfaId());
        p.put("site", t.siteId());
        p.put("year", (short) t.schoolYear());
        p.put("programmeYear", (short) t.programmeYear());
        p.put("registration", t.registrationDate());
        p.put("start", t.trainingStart());
        p.put("end", t.trainingEnd());
        p.put("duration", (short) t.theoreticalDurationMonths());
        p.put("distance", t.distanceLearning());
        p.put("situation", t.previousSituation());
        p.put("previousUai", t.previousUai());
        p.put("exclusion", t.exclusionDate());
        p.put("exclusionCause", truncate(t.exclusionCause(), 300));
        p.put("diploma", t.diplomaObtained());
        p.put("diplomaDate", t.diplomaDate());
        return p;
    }

    private record Existing(
            long id,
            String source,
            @Nullable Long ruptureId,
            @Nullable String legalMode) {}

    private void recordContracts(long enrolmentId, ImportedTraining training) {
        List<Existing> existing = jdbc.sql("""
                        select c.id, c.source, r.id, r.legal_mode
                          from contract.apprenticeship_contract c left join contract.rupture r on r.contract_id = c.id
                         where c.enrolment_id = ? order by c.start_date, c.id""")
                .param(enrolmentId)
                .query((rs, row) ->
                        new Existing(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)))
                .list();
        List<ImportedTraining.Contract> contracts = training.contracts();
        for (int rank = 0; rank < contracts.size(); rank++) {
            ImportedTraining.Contract contract = contracts.get(rank);
            String type = contractType(contracts, rank);
            long contractId;
            if (rank < existing.size()) {
                Existing current = existing.get(rank);
                contractId = current.id();
                jdbc.sql("""
                                update contract.apprenticeship_contract set employer_id = :employer,
                                  start_date = :start, end_date = :end, rupture_date = :rupture,
                                  version = version + 1
                                 where id = :id""")
                        .param("employer", contract.employerId())
                        .param("start", contract.startDate())
                        .param("end", contract.endDate())
                        .param("rupture", contract.ruptureDate())
                        .param("id", contractId)
                        .update();
                if (current.ruptureId() != null && current.legalMode() == null) {
                    jdbc.sql("delete from contract.rupture where id = ?")
                            .param(current.ruptureId())
                            .update();
                } else if (current.ruptureId() != null) {
                    // a rupture recorded in Trio keeps its legal mode and motives; the file may correct its date
                    if (contract.ruptureDate() != null) {
                        jdbc.sql("update contract.rupture set rupture_date = ?, version = version + 1 where id = ?")
                                .params(contract.ruptureDate(), current.ruptureId())
                                .update();
                    }
                    continue;
                }
            } else {
                contractId = jdbc.sql("""
                                insert into contract.apprenticeship_contract (enrolment_id, apprentice_id,
                                  employer_id, contract_type, conclusion_date, start_date, practical_training_start,
                                  end_date, original_end_date, rupture_date, source, created_at)
                                values (:enrolment, :apprentice, :employer, :type, :start, :start, :start, :end, :end,
                                  :rupture, 'IMPORT', :now) returning id""")
                        .param("enrolment", enrolmentId)
                        .param("apprentice", training.apprenticeId())
                        .param("employer", contract.employerId())
                        .param("type", type)
                        .param("start", contract.startDate())
                        .param("end", contract.endDate())
                        .param("rupture", contract.ruptureDate())
                        .param("now", OffsetDateTime.now(clock))
                        .query(Long.class)
                        .single();
            }
            if (contract.ruptureDate() != null) {
                jdbc.sql("""
                                insert into contract.rupture (contract_id, apprentice_id, enrolment_id, school_year,
                                  rupture_date, analysis_period, expressed_motive_id, imported_cause, created_at)
                                values (:contract, :apprentice, :enrolment, :year, :date, :period, :motive, :cause,
                                  :now)""")
                        .param("contract", contractId)
                        .param("apprentice", training.apprenticeId())
                        .param("enrolment", enrolmentId)
                        .param("year", (short) training.schoolYear())
                        .param("date", contract.ruptureDate())
                        .param(
                                "period",
                                AnalysisPeriod.of(contract.startDate(), contract.endDate(), contract.ruptureDate())
                                        .name())
                        .param("motive", contract.expressedMotiveId())
                        .param("cause", truncate(blankToNull(contract.cause()), 300))
                        .param("now", OffsetDateTime.now(clock))
                        .update();
            }
        }
        for (int rank = contracts.size(); rank < existing.size(); rank++) {
            Existing extra = existing.get(rank);
            if ("IMPORT".equals(extra.source())) {
                jdbc.sql("delete from contract.rupture where contract_id = ?")
                        .param(extra.id())
                        .update();
                jdbc.sql("delete from contract.apprenticeship_contract where id = ?")
                        .param(extra.id())
                        .update();
            }
        }
    }

    /** 11 for the first contract, 23 after a rupture, 21 with the same employer, 22 with another one. */
    static String contractType(List<ImportedTraining.Contract> contracts, int rank) {
        if (rank == 0) {
            return "11";
        }
        ImportedTraining.Contract previous = contracts.get(rank - 1);
        if (previous.ruptureDate() != null) {
            return "23";
        }
        return previous.employerId() == contracts.get(rank).employerId() ? "21" : "22";
    }

    @Override
    public void recomputeStatuses(Collection<Long> apprenticeIds) {
        if (apprenticeIds.size() > BULK_RECOMPUTE_THRESHOLD) {
            statuses.recomputeAll();
            return;
        }
        new LinkedHashSet<>(apprenticeIds).forEach(statuses::recomputeApprentice);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingRecord> trainings(
            Collection<Long> cfaIds, Collection<Long> siteIds, int schoolYear, @Nullable Long programmeId) {
        if (cfaIds.isEmpty() && siteIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cfas", cfaIds.isEmpty() ? List.of(-1L) : List.copyOf(cfaIds));
        parameters.put("sites", siteIds.isEmpty() ? List.of(-1L) : List.copyOf(siteIds));
        parameters.put("year", (short) schoolYear);
        parameters.put("programme", programmeId == null ? -1L : programmeId);
        String where = " where school_year = :year and (cfa_id in (:cfas) or site_id in (:sites))"
                + " and (:programme = -1 or programme_id = :programme)";
        List<EnrolmentInfo> enrolments = jdbc.sql(EnrolmentService.SELECT + where + " order by apprentice_id, id")
                .params(parameters)
                .query(EnrolmentInfo.class)
                .list();
        Map<Long, List<ContractLine>> contracts = new HashMap<>();
        jdbc.sql("""
                        select c.enrolment_id, c.id, c.employer_id, c.start_date, c.end_date, c.rupture_date,
                               coalesce(r.imported_cause, m.label)
                          from contract.apprenticeship_contract c
                          left join contract.rupture r on r.contract_id = c.id
                          left join contract.rupture_motive m on m.id = r.expressed_motive_id
                         where c.enrolment_id in (select id from contract.enrolment %s)
                         order by c.enrolment_id, c.start_date, c.id""".formatted(where))
                .params(parameters)
                .query((rs, row) -> contracts
                        .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new ContractLine(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getDate(4).toLocalDate(),
                                rs.getDate(5).toLocalDate(),
                                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                                rs.getString(7))))
                .list();
        return enrolments.stream()
                .map(e -> new TrainingRecord(e, contracts.getOrDefault(e.id(), List.of())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Motive> expressedMotives(long cfaId, LocalDate day) {
        return jdbc.sql("""
                        select id, label, cfa_id from contract.rupture_motive
                         where kind = 'EXPRESSED' and (cfa_id is null or cfa_id = ?)
                           and valid_from <= ? and (valid_to is null or valid_to >= ?)
                         order by position, label""")
                .params(cfaId, day, day)
                .query((rs, row) -> new Motive(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnmappedCause> unmappedCauses(Collection<Long> cfaIds) {
        if (cfaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.cfa_id, r.imported_cause, count(*)
                          from contract.rupture r join contract.enrolment e on e.id = r.enrolment_id
                         where r.expressed_motive_id is null and r.imported_cause is not null and e.cfa_id in (:cfas)
                         group by e.cfa_id, r.imported_cause order by count(*) desc, r.imported_cause""")
                .param("cfas", List.copyOf(cfaIds))
                .query((rs, row) -> new UnmappedCause(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    @Override
    public int assignExpressedMotive(long cfaId, String cause, long motiveId) {
        boolean allowed =
                expressedMotives(cfaId, LocalDate.now(clock)).stream().anyMatch(motive -> motive.id() == motiveId);
        if (!allowed) {
            throw InvalidInputException.of("motiveId", "rupture.motive.unknown");
        }
        return jdbc.sql("""
                        update contract.rupture r set expressed_motive_id = :motive, version = r.version + 1
                          from contract.enrolment e
                         where e.id = r.enrolment_id and e.cfa_id = :cfa and r.imported_cause = :cause
                           and r.expressed_motive_id is null""")
                .param("motive", motiveId)
                .param("cfa", cfaId)
                .param("cause", Objects.requireNonNull(cause))
                .update();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String truncate(@Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
