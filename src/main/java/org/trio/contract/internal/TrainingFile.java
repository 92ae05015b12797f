package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.StatusOnDay;
import org.trio.referential.EmployerInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;

/** The "Formation et contrats" view of an apprentice: enrolments, contract history, rupture, status today. */
@Service
@Transactional(readOnly = true)
class TrainingFile {

    record ContractLine(
            long id,
            long enrolmentId,
            String contractType,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate originalEndDate,
            LocalDate ruptureDate,
            String employer,
            String mentor,
            int amendments,
            String ruptureMode,
            String analysisPeriod) {}

    record EnrolmentLine(EnrolmentInfo enrolment, String programme, List<ContractLine> contracts) {}

    record ContinuationLine(long id, LocalDate startDate, LocalDate endDate, String outcome) {}

    record View(
            long apprenticeId,
            String apprenticeName,
            LocalDate today,
            Optional<StatusOnDay> status,
            List<EnrolmentLine> enrolments,
            List<StatusPaths.Row> runs,
            List<ContinuationLine> continuations) {}

    private final EnrolmentService enrolments;
    private final StatusQueries statuses;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingFile(
            EnrolmentService enrolments,
            StatusQueries statuses,
            ReferentialManagement referential,
            JdbcClient jdbc,
            Clock clock) {
        this.enrolments = enrolments;
        this.statuses = statuses;
        this.referential = referential;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    View of(long apprenticeId) {
        LocalDate today = LocalDate.now(clock);
        List<EnrolmentInfo> list = enrolments.enrolmentsOf(apprenticeId);
        Map<Long, ProgrammeInfo> programmes = referential.programmes(
                list.stream().map(EnrolmentInfo::programmeId).distinct().toList());
        List<ContractLine> contracts = jdbc
                .sql("""
                        select c.id, c.enrolment_id, c.contract_type, c.start_date, c.end_date, c.original_end_date,
                               c.rupture_date, c.employer_id, c.mentor1_id,
                               (select count(*) from contract.amendment a where a.contract_id = c.id),
                               r.legal_mode, r.analysis_period
                          from contract.apprenticeship_contract c left join contract.rupture r on r.contract_id = c.id
                         where c.apprentice_id = ? order by c.start_date desc, c.id desc""")
                .param(apprenticeId)
                .query((rs, row) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getDate(4).toLocalDate(),
                    rs.getDate(5).toLocalDate(),
                    rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                    rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                    rs.getLong(8),
                    rs.getLong(9),
                    rs.getInt(10),
                    rs.getString(11),
                    rs.getString(12)
                })
                .list()
                .stream()
                .map(this::line)
                .toList();
        List<EnrolmentLine> lines = new ArrayList<>();
        for (EnrolmentInfo enrolment : list) {
            ProgrammeInfo programme = programmes.get(enrolment.programmeId());
            lines.add(new EnrolmentLine(
                    enrolment,
                    programme == null ? "—" : programme.label(),
                    contracts.stream()
                            .filter(contract -> contract.enrolmentId() == enrolment.id())
                            .toList()));
        }
        List<ContinuationLine> continuations =
                jdbc.sql("""
                        select id, start_date, end_date, outcome from contract.continuation
                         where apprentice_id = ? order by start_date desc""").param(apprenticeId).query(ContinuationLine.class).list();
        String name =
                referential.apprentice(apprenticeId).map(a -> a.fullName()).orElse("");
        return new View(
                apprenticeId,
                name,
                today,
                statuses.statusOn(apprenticeId, today),
                lines,
                statuses.runsOf(apprenticeId),
                continuations);
    }

    private ContractLine line(Object[] row) {
        Set<Long> ids = new HashSet<>();
        ids.add((Long) row[7]);
        Map<Long, EmployerInfo> employers = referential.employers(ids);
        Map<Long, MentorInfo> mentors = referential.mentors(List.of((Long) row[8]));
        return new ContractLine(
                (Long) row[0],
                (Long) row[1],
                (String) row[2],
                (LocalDate) row[3],
                (LocalDate) row[4],
                (LocalDate) row[5],
                (LocalDate) row[6],
                Optional.ofNullable(employers.get((Long) row[7]))
                        .map(EmployerInfo::name)
                        .orElse("—"),
                Optional.ofNullable(mentors.get((Long) row[8]))
                        .map(MentorInfo::fullName)
                        .orElse("—"),
                (Integer) row[9],
                (String) row[10],
                (String) row[11]);
    }
}
