package org.trio.referential.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the pages of a CFA and of a site show, beyond what other modules read through the facade. */
@Component
class CfaDetails {

    record Cfa(
            long id,
            long networkId,
            String networkName,
            String name,
            String uai,
            String siret,
            String cfaType,
            String address,
            String postCode,
            String city,
            String communeInsee,
            String email,
            String phone) {}

    private final JdbcClient jdbc;

    CfaDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Cfa> cfa(long id) {
        return jdbc.sql("select c.id, c.network_id, n.name as network_name, c.name, c.uai, c.siret, c.cfa_type,"
                        + " c.address, c.post_code, c.city, c.commune_insee, c.email, c.phone"
                        + " from referential.cfa c join referential.network n on n.id = c.network_id where c.id = ?")
                .param(id)
                .query(Cfa.class)
                .optional();
    }
}
