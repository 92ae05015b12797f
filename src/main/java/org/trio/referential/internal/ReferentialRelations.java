package org.trio.referential.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeOrganisation;
import org.trio.access.ApprenticeRelations;
import org.trio.access.Role;

/**
 * The links the referential knows: an apprentice's own account, their legal representatives, the organisation holding
 * each record and the CFAs of each network.
 */
@Component
class ReferentialRelations implements ApprenticeRelations {

    private final JdbcClient jdbc;

    ReferentialRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> apprenticesLinkedTo(Role role, long personId) {
        return switch (role) {
            case APPRENTICE ->
                new HashSet<>(jdbc.sql("select id from referential.apprentice where id = ?")
                        .param(personId)
                        .query(Long.class)
                        .list());
            case LEGAL_REPRESENTATIVE ->
                new HashSet<>(jdbc.sql("select apprentice_id from referential.legal_representative where id = ?")
                        .param(personId)
                        .query(Long.class)
                        .list());
            default -> Set.of();
        };
    }

    @Override
    public Optional<ApprenticeOrganisation> organisationOf(long apprenticeId) {
        return jdbc.sql("select network_id, cfa_id, site_id from referential.apprentice where id = ?")
                .param(apprenticeId)
                .query((rs, row) -> new ApprenticeOrganisation(
                        rs.getLong("network_id"), rs.getLong("cfa_id"), (Long) rs.getObject("site_id")))
                .optional();
    }

    @Override
    public Set<Long> cfasOfNetwork(long networkId) {
        return new HashSet<>(jdbc.sql("select id from referential.cfa where network_id = ?")
                .param(networkId)
                .query(Long.class)
                .list());
    }
}
