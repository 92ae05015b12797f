package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

@Service
@Transactional(readOnly = true)
class ContractQueries implements ContractManagement {

    static final String SELECT = "select c.id, c.enrolment_id, c.apprentice_id, c.employer_id, c.mentor1_id,"
            + " c.mentor2_id, c.contract_type, c.conclusion_date, c.start_date, c.practical_training_start,"
            + " c.end_date, c.rupture_date, exists (select 1 from contract.rupture r where r.contract_id = c.id and not "
            + RuptureRules.netCondition("r") + ") as administrative_closure"
            + " from contract.apprenticeship_contract c";

    private final JdbcClient jdbc;

    ContractQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ContractInfo> contract(long contractId) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(contractId)
                .query(ContractInfo.class)
                .optional();
    }

    @Override
    public List<ContractInfo> contracts(Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id in (:ids) order by id")
                .param("ids", List.copyOf(contractIds))
                .query(ContractInfo.class)
                .list();
    }

    @Override
    public List<ContractInfo> contractsOf(long apprenticeId) {
        return jdbc.sql(SELECT + " where apprentice_id = ? order by start_date, id")
                .param(apprenticeId)
                .query(ContractInfo.class)
                .list();
    }

    @Override
    public Optional<ContractInfo> contractInForce(long apprenticeId, LocalDate day) {
        return contractsOf(apprenticeId).stream()
                .filter(contract -> contract.inForceOn(day))
                .findFirst();
    }

    @Override
    public List<ContractInfo> contractsOfMentorInForce(long mentorId, LocalDate day) {
        return jdbc.sql(SELECT + " where (mentor1_id = :mentor or mentor2_id = :mentor) and start_date <= :day"
                        + " and end_date >= :day and (rupture_date is null or rupture_date > :day) order by id")
                .param("mentor", mentorId)
                .param("day", day)
                .query(ContractInfo.class)
                .list();
    }
}
