package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeRelations;
import org.trio.access.Role;
import org.trio.referential.ReferentialManagement;

/**
 * The links this module knows: a trainer's tutored apprentices (enrolment's referent trainer), a programme lead's
 * apprentices (enrolled in the programmes they lead), a maître's and an employer's apprentices (through contracts).
 */
@Component
class ContractRelations implements ApprenticeRelations {

    /**
     * A maître or employer keeps seeing an apprentice while the contract is in force and for three months after it
     * ended or was broken (to finish evaluations and the last livret entries), not after.
     */
    static final String IN_FORCE_OR_RECENT =
            "coalesce(rupture_date, end_date) >= :today - 90 and start_date <= :today + 60";

    private final JdbcClient jdbc;
    private final ReferentialManagement referential;
    private final Clock clock;

    ContractRelations(JdbcClient jdbc, ReferentialManagement referential, Clock clock) {
        this.jdbc = jdbc;
        this.referential = referential;
        this.clock = clock;
    }

    @Override
    public Set<Long> apprenticesLinkedTo(Role role, long personId) {
        return switch (role) {
            case TUTOR ->
                ids(
                        "select distinct apprentice_id from contract.enrolment where tutor_staff_id = :id",
                        List.of(personId));
            case PROGRAMME_LEAD -> {
                List<Long> programmes = referential.programmesLedBy(personId);
                yield programmes.isEmpty()
                        ? Set.of()
                        : ids(
                                "select distinct apprentice_id from contract.enrolment where programme_id in (:id)",
                                programmes);
            }
            case MENTOR ->
                ids(
                        "select distinct apprentice_id from contract.apprenticeship_contract where (mentor1_id"
                                + " = :id or mentor2_id = :id) and " + IN_FORCE_OR_RECENT,
                        List.of(personId));
            case EMPLOYER ->
                ids(
                        "select distinct apprentice_id from contract.apprenticeship_contract where"
                                + " employer_id = :id and " + IN_FORCE_OR_RECENT,
                        List.of(personId));
            default -> Set.of();
        };
    }

    private Set<Long> ids(String sql, List<Long> parameter) {
        var statement = jdbc.sql(sql).param("id", parameter.size() == 1 ? parameter.get(0) : parameter);
        if (sql.contains(":today")) {
            statement = statement.param("today", LocalDate.now(clock));
        }
        return new HashSet<>(statement.query(Long.class).list());
    }
}
